# print: ^ |
# target: t
t: a |b c
a b c:
