# print: A B O
# env: A=env B=env
A := file
O := $(origin A) $(origin B)
