# -I from the environment's MAKEFLAGS (with -I-), then one more added in the
# file: .INCLUDE_DIRS follows at once.
# env: MAKEFLAGS='-I- -Imts-makeflags-include-dirs-append.d/foo'
$(info MAKEFLAGS=$(MAKEFLAGS))
$(info INCLUDE_DIRS=$(.INCLUDE_DIRS))
MAKEFLAGS += -Imts-makeflags-include-dirs-append.d/bar
$(info MAKEFLAGS=$(MAKEFLAGS))
$(info INCLUDE_DIRS=$(.INCLUDE_DIRS))
include b.mk
