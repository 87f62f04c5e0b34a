# print: A
ifeq (1,2)
else ifeq (3,3)
A := second
else ifeq (4,4)
A := third
endif
