# env: MAKEFLAGS=--warn
$(info [$(MAKEFLAGS)] [$(NOT_THERE)])
