# print: CFLAGS
# target: foo.o
CFLAGS := -O2
%.o: CFLAGS += -fpic
