.SUFFIXES: .c .o
$(info [$(SUFFIXES)])
