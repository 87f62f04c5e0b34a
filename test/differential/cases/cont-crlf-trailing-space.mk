# print: A
A := v   
A := [$(A)]
