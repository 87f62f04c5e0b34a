# print: CFLAGS
# target: prog
CFLAGS := -O2
prog: CFLAGS := -g
