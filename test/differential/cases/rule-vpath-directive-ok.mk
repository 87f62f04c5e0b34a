# print: A
vpath %.c src
vpath
VPATH := x
A := ok
