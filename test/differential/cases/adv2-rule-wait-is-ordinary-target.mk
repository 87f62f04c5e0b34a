# print: ^
# target: t
t: a .WAIT b
a b .WAIT:
