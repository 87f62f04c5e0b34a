# print: A
define two
x.c
y.c
endef
A := $(patsubst %.c,%.o,$(two))
