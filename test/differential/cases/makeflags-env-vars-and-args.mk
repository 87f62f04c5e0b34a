# env: MAKEFLAGS='-- A=env B=env'
# args: B=args
$(info [$(A)] [$(origin A)] [$(B)] [$(origin B)] [$(MAKEFLAGS)])
