# print: xy
a := x
b := y
$(a)$(b) := concatenated
