$(info 1 $(MAKEFILE_LIST))
include adv2-special-makefile-list-includes.d/b.mk
