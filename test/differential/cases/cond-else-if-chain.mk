# print: A B
x := 3
ifeq ($(x),1)
A := one
else ifeq ($(x),2)
A := two
else ifeq ($(x),3)
A := three
else
A := other
endif
ifdef nope
B := 1
else ifndef nope2
B := 2
else
B := 3
endif
