E :=
$(E): %.o: %.c
$(info reached end)
