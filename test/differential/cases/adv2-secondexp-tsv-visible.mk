# print: ^
# target: t
.SECONDEXPANSION:
t: V := fromtsv
t: $$(V)
fromtsv:
