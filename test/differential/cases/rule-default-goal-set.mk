# print: .DEFAULT_GOAL
first: ;
.DEFAULT_GOAL := second
second: ;
