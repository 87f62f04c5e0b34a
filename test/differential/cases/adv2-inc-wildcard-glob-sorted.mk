include adv2-inc-wildcard-glob-sorted.d/inc-*.mk
$(info $(MAKEFILE_LIST))
