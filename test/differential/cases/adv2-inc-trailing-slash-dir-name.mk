-include adv2-inc-trailing-slash-dir-name.d/
$(info reached end)
