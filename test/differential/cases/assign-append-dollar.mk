# print: A
A := a$$b
A += c$$d
