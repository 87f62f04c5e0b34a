$(warning a,b)
$(info reached end)
