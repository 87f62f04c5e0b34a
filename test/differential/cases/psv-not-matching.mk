# print: CFLAGS
# target: foo.c
CFLAGS := -O2
%.o: CFLAGS += -fpic
