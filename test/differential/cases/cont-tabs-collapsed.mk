# print: A
A := a	\
		b
A := [$(A)]
