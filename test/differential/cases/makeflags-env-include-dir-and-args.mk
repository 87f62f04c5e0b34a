# env: MAKEFLAGS='s -Imakeflags-env-include-dir.d/inc k'
include found.mk
$(info [$(MAKEFLAGS)])
