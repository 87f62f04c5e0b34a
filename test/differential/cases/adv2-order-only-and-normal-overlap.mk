# print: ^ |
# target: t
t: a | b a
t: | c
a b c:
