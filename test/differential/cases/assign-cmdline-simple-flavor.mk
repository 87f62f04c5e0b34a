# print: A F O
# args: A=$(x)
x := file-x
F := $(flavor A)
O := $(origin A)
