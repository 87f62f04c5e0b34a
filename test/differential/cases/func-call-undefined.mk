# print: A
A := [$(call nosuchvar,a,b)]
