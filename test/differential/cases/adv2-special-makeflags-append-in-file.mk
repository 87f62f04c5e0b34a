MAKEFLAGS += -k
$(info [$(MAKEFLAGS)])
