# print: A B
A := x\
y
B := x \
   y
A := [$(A)]
B := [$(B)]
