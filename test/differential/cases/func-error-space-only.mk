$(info before)
$(error )
