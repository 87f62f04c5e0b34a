MAKEFLAGS += --no-builtin-variables
$(info [$(MAKEFLAGS)] [$(CC)])
