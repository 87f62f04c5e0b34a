# print: ^
# target: t
.SECONDEXPANSION:
t: $$$$x
$$x:
