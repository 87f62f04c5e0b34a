# print: A B C D
A := $(subst ee,EE,feet on the street)
B := $(subst a,,banana)
C := $(subst ,x,abc)
D := [$(subst a, ,banana)]
