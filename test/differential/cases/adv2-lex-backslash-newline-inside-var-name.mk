# print: A
AB := joined
A := $(A\
B)
