# print: A B
A := $(word  2 ,a b c)
B := $(word 02,a b c)
