# print: .DEFAULT_GOAL
.DEFAULT_GOAL := mine
a:
$(info $(.DEFAULT_GOAL))
