# print: A B C D
A := $(addsuffix .c,foo bar)
B := $(addprefix src/,foo bar)
C := [$(addsuffix .c,)]
D := $(addprefix ,a b)
