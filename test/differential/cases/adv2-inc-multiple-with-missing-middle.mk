-include adv2-inc-multiple-with-missing-middle.d/a.mk adv2-missing.mk adv2-inc-multiple-with-missing-middle.d/b.mk
$(info $(MAKEFILE_LIST))
