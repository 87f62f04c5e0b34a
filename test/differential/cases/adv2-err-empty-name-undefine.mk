E :=
undefine $(E)
$(info reached end)
