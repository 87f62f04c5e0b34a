# print: A F
# env: A=env
A += file
F := $(flavor A) $(origin A)
