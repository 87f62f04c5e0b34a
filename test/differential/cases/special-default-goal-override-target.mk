# print: .DEFAULT_GOAL
.DEFAULT_GOAL := x y
