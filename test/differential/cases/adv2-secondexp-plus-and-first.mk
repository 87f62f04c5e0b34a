# print: ^
# target: t
.SECONDEXPANSION:
t: a
t: $$+ $$<
a:
