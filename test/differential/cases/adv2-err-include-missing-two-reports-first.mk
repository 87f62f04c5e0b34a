include adv2-nope-a.mk
include adv2-nope-b.mk
$(info reached end)
