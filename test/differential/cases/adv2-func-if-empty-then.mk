# print: A B
A := [$(if x,,else)]
B := [$(if ,then)]
