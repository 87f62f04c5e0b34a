override
$(info reached end)
