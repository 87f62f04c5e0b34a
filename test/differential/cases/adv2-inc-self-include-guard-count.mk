ifndef G
G := 1
include adv2-inc-self-include-guard-count.mk
endif
$(info $(words $(MAKEFILE_LIST)))
