# print: CFLAGS
# target: prog
CFLAGS = -O2 $(X)
prog: CFLAGS += -g $(X)
X := x
