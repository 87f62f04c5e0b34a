# print: A
f = called
A := [$(call  f ,x)]
