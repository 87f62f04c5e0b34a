# print: A
A = $(foo
