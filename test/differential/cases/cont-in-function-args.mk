# print: A
A := $(subst a,\
b,aaa)
A := [$(A)]
