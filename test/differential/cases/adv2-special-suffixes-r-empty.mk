# print: A
A := [$(SUFFIXES)] $(origin SUFFIXES)
