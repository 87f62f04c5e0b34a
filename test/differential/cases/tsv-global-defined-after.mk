# print: CFLAGS
# target: prog
prog: CFLAGS += -g
CFLAGS := late-global
