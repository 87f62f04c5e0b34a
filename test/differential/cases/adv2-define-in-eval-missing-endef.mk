$(eval define X)
$(info reached end)
