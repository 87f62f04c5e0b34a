# print: ^
# target: t
.SECONDEXPANSION:
t: $$(info second-exp-info)a
a:
