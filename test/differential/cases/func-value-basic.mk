# print: A B C
FOO = $PATH
A := $(value FOO)
B := $(value nope)
C = $(value C)
