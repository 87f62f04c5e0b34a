# print: ^
# target: t
t: x
t: y x
t: z
x y z:
