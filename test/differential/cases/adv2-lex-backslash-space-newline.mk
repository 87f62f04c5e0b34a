# print: A
A := x\ 
B := y
$(info [$(B)])
