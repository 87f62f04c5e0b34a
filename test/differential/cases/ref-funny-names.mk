# print: A B C
a.b-c/d := dotted
A := $(a.b-c/d)
% := percent
B := $(%)
x@y := at
C := $(x@y)
