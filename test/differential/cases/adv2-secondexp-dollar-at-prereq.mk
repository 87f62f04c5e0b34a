# print: ^
# target: t
.SECONDEXPANSION:
t: $$@.x
t.x:
