# env: MAKEFLAGS='  '
$(info [$(MAKEFLAGS)] [$(MFLAGS)])
