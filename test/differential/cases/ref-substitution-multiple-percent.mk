# print: A
foo := a%b
A := $(foo:%%b=[%])
