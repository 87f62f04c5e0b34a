# print: A
A := [$(eval x := 1)]$(x)
