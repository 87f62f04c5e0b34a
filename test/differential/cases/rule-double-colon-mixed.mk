a: x
a:: y
