# print: + ^
# target: t
t: a b a
t: a
a b:
