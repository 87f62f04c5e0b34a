# env: MAKEFLAGS='-I makeflags-env-include-dir.d/inc'
# -I from MAKEFLAGS: include searches there; .INCLUDE_DIRS lists it.
include found.mk
$(info [$(MAKEFLAGS)] [$(firstword $(.INCLUDE_DIRS))])
