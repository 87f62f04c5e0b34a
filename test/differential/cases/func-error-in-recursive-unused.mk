# print: A
bad = $(error not reached)
A := ok
