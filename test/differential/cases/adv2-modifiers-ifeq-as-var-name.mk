ifeq := 1
ifdef := 2
$(info [$(ifeq)][$(ifdef)])
