# print: ^ |
# target: t
t: | a
t: a
a:
