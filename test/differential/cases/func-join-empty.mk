# print: A B
A := [$(join ,)]
B := [$(join ,a)]
