# print: A B C D
A := $(patsubst \%%,X%,%foo bar)
B := $(patsubst %\%,%Y,a% b)
C := $(patsubst \\%,Z%,\\a)
D := $(patsubst a%b%c,[%],axbyc axb%c)
