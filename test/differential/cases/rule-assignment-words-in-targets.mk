# print: .DEFAULT_GOAL
# A rule line that is no assignment (blanks before the `=`): read.c's
# get_next_mword() makes `=`, `+=`, `?=` words of their own, so `-DX=1`
# names the targets -DX, = and 1. The second rules' recipes override the
# first's: make names each target in its warnings.
V = 3 a	-DX=1
define T
$(1)_r: ; @:
endef
$(eval $(call T,$(V)))
$(eval $(call T,$(V)))
u v+=w x?=y: ; @:
u v+=w x?=y: ; @:
u2 k!=l: ; @:
u2 k!=l: ; @:
