override foo
$(info reached end)
