# print: A B C
A := $(subst  a , b ,x a y)
B := [$(subst a,b, a a )]
C := $(subst $(space),-,a b  c)
space := $(empty) $(empty)
