# A static pattern rule with a `%` in a later target: that one is a file,
# said to be deprecated after the earlier target's mismatch.
a %.o: %.o: x
	@echo $@
x:;
$(info reached end)
