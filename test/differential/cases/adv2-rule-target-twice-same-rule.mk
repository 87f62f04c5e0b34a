a a: ; @:
$(info reached end)
