# print: ^
# target: t
.SECONDEXPANSION:
t: a
t: b $$^
a b:
