# print: ^
# target: t
t: a
a:
