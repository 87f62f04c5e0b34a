ifndef GUARD
GUARD := 1
include adv2-special-makefile-list-self-include-guard.d/x.mk
endif
