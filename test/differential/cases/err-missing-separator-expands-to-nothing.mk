# print: A
$(info side)
$(foreach x,a b,)
A := ok
