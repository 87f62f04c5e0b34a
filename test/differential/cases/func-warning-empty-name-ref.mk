# print: A
A := [$(warning)]$(info)
