# print: A B
x := foo
y = foo
ifeq ($(x),$(y))
A := same
endif
ifeq ($(x) ,$(y))
B := trailing-space-arg1
else
B := differs
endif
