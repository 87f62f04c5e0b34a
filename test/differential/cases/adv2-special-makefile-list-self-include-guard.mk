include adv2-special-makefile-list-self-include-guard.d/./x.mk
$(info $(MAKEFILE_LIST))
