# env: MAKEFLAGS='-i -L'
$(info [$(MAKEFLAGS)] [$(MFLAGS)])
