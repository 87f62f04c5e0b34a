# args: A=1
$(info [$(MAKEFLAGS)] [$(origin A)])
