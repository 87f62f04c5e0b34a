$(error)
$(info reached end)
