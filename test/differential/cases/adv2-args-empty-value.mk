# print: A
# args: A=
A := file
$(info [$(origin A)])
