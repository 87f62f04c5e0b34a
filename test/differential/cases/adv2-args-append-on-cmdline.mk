# print: A
# args: A+=b
A := a
