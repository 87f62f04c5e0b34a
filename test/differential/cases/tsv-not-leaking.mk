# print: CFLAGS
# target: other
CFLAGS := -O2
prog: CFLAGS := -g
