# print: V
# target: t
X := one
t: V ::= $(X)
X := two
