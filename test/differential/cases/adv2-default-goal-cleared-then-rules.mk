# print: .DEFAULT_GOAL
a:
.DEFAULT_GOAL :=
$(info [$(.DEFAULT_GOAL)])
b c:
d:
