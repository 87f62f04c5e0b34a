# print: B
A = $(foo
B := fine
