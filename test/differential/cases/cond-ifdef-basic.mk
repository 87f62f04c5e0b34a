# print: A B C D
X := 1
ifdef X
A := defined
endif
ifndef Y
B := undef
endif
ifdef Y
C := wrong
else
C := right
endif
E :=
ifdef E
D := empty-is-defined
else
D := empty-is-undefined
endif
