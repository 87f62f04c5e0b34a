# print: A B
A := $(call subst,a,b,aaa)
B := $(call words,a b c)
