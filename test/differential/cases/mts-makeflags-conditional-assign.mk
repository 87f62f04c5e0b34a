# 'MAKEFLAGS ?= -k' when MAKEFLAGS is already set from the environment: no
# change.
# env: MAKEFLAGS=hello=world
# args: bye=moon
$(info [$(MAKEFLAGS)])
MAKEFLAGS ?= -k
$(info [$(MAKEFLAGS)])
