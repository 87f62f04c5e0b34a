include adv2-inc-same-file-twice-one-line.d/a.mk adv2-inc-same-file-twice-one-line.d/a.mk
$(info $(words $(MAKEFILE_LIST)) $(N))
