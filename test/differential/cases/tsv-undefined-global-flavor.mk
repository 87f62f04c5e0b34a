# print: F
# target: t
t: V += x
t: F = $(flavor V) $(origin V)
