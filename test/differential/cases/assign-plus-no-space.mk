# print: A B
A = a
A+= b
B+=c
