a:: x
a: y
