$(info 0 $(MAKEFILE_LIST))
include adv2-special-makefile-list-includes.d/a.mk
-include adv2-special-makefile-list-includes.d/missing.mk
$(info 2 $(lastword $(MAKEFILE_LIST)))
