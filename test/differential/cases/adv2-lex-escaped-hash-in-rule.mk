# print: ^
# target: t
t: a\#b
a\#b:
