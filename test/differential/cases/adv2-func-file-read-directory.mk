# print: A
A := [$(file <.)]
