# A double-colon target named twice in a rule with a recipe: make says
# nothing (only a single-colon one is "given more than once"); a
# single-colon one after it is.
a b a:: x
	@echo $@
c d c: x
	@echo $@
x:;
$(info reached end)
