# print: A B C
ifeq (a,a)
A := eq
endif
ifeq (a, a)
B := eq-space
else
B := ne-space
endif
ifeq ( a ,a )
C := eq-outer-space
else
C := ne
endif
