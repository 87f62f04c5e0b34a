# print: .DEFAULT_GOAL
.DEFAULT_GOAL = $(EMPTY)
a:
$(info [$(value .DEFAULT_GOAL)])
