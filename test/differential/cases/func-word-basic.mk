# print: A B C
A := $(word 2,foo bar baz)
B := [$(word 4,foo bar baz)]
C := $(word 1,  first  second)
