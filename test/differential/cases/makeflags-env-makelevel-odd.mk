# env: MAKELEVEL=07x
$(info [$(MAKEFLAGS)] [$(MAKELEVEL)])
