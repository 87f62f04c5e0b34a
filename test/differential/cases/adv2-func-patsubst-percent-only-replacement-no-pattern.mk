# print: A
A := $(patsubst a,%,a b a)
