include adv2-nomatch-*.mk
$(info reached end)
