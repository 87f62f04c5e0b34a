# print: .DEFAULT_GOAL
a$$b:
