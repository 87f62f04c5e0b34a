a&:
$(info reached end)
