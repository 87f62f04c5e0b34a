# print: CFLAGS
# target: prog
prog: CFLAGS += -g
