# env: MAKEFLAGS='-S -k'
$(info [$(MAKEFLAGS)])
