# print: A
X := 1
undefine X
A := [$(filter X,$(.VARIABLES))]
