# print: A B C D E
r = x
s := y
A := $(flavor r) $(flavor s) $(flavor nope)
t ::= z
B := $(flavor t)
u += q
C := $(flavor u)
v := 1
v += 2
D := $(flavor v)
E := $(flavor MAKE) $(flavor CURDIR)
