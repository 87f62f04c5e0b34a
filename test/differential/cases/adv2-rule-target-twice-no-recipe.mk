t t: a
a:
$(info reached end)
