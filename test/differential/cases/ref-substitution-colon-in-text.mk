# print: A B
foo := a:b c:d
A := $(foo::=-)
B := $(foo:b=x)
