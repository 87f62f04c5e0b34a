# print: A
A := x
$(info [$(A)])
