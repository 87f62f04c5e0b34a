# A rule line in each branch, the recipe after endif: it belongs to the rule
# of the branch taken; the other branch's assignment never happens.
# print: BAR
ifneq ($(FOO),yes)
target:
else
BAR = bar
target:
endif
	@echo one
