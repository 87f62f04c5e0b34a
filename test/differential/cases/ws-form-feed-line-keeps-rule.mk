# A line holding only a form feed is an empty line (NEXT_TOKEN skips it):
# it does not end the rule before it, and the recipe line after it is the
# rule's.
a: b

	@echo a

	@echo a2
b:
$(info reached end)
