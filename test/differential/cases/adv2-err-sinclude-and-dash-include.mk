sinclude adv2-nope-a.mk
-include adv2-nope-b.mk adv2-nope-c.mk
$(info reached end)
