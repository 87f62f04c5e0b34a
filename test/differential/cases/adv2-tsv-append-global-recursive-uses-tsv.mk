# print: CFLAGS
# target: t
CFLAGS = $(EXTRA)
t: EXTRA := x
t: CFLAGS += y
