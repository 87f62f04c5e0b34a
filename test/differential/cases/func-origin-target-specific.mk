# print: A B
# target: t
t: V := x
t: A = $(origin V) $(flavor V)
B = $(origin V)
