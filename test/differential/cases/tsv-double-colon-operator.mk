# print: V F
# target: t
X := 1
t: V ::= $(X)
t: F = $(flavor V)
X := 2
