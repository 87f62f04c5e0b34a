# print: A
A := [$(foreach v,,x)][$(foreach v,  ,x)]
