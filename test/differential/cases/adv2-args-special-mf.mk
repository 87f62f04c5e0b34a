# args: MAKEFILES=adv2-nonexistent.mk
$(info reached end)
