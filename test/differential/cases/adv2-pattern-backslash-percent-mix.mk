# print: A B C D E F
A := $(patsubst a\%%,x%,a%b a%)
B := $(filter \\%,\x \\x x)
C := $(patsubst %\%,<%>,a\% b%)
D := $(patsubst %.c,%\%.o,a.c)
E := $(filter %\,a\ b)
F := $(patsubst \\\%%,[%],\%x \\%x)
