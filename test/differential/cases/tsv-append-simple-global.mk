# print: CFLAGS
# target: prog
X := 1
CFLAGS := -O2 $(X)
prog: CFLAGS += -g $(X)
X := 2
