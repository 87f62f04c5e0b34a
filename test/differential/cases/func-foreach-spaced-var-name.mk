# print: A
A := $(foreach  x ,a b,[$(x)])
