	-include adv2-nope.mk
$(info reached end)
