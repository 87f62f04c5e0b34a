# env: MAKEFLAGS=k
# -k: make reports every missing makefile and goes on, then fails.
include missing-one.mk
-include missing-optional.mk
include missing-two.mk
$(info reached end)
