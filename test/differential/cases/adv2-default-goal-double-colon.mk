# print: .DEFAULT_GOAL
.PHONY: p
%.o: %.c
first::
