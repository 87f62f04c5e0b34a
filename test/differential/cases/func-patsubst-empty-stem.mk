# print: A B
A := $(patsubst %.c,[%].o,.c x.c)
B := $(patsubst foo%,%bar,foo)
