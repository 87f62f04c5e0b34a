# args: bye=moon
# env: MAKEFLAGS=hello=world
MAKEFLAGS += R
$(info [$(MAKEFLAGS)])
MAKEFLAGS := $(MAKEFLAGS) k
$(info [$(MAKEFLAGS)])
