$(info before)
$(error this is fatal)
$(info after)
