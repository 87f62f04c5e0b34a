# print: A
A := $(filter %,a b  c)
