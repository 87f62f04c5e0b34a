# print: A
A := [$(MAKELEVEL)] $(origin MAKELEVEL)
