# print: .DEFAULT_GOAL
.WAIT: x
y:
