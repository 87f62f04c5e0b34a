# print: A
x := a
ifeq (a,$(x) )
A := stripped
else
A := kept
endif
