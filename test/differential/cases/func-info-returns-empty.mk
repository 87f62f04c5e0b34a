# print: A
A := [$(info side effect)]
