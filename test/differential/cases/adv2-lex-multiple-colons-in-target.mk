a: b: c
$(info reached end)
