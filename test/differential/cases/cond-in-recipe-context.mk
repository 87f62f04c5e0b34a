# print: A
# target: all
all: A = t
ifeq (1,1)
all: B = u
endif
