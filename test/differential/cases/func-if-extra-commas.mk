# print: A B
A := $(if ,a,b,c)
B := $(if x,a,b,c)
