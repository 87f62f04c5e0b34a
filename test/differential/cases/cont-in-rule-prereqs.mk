# print: A
# target: all
x.c:
y.c:
all: x.c \
   y.c
all: A = $^
