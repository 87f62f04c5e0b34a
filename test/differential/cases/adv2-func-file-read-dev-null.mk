# print: A
A := [$(file </dev/null)]
