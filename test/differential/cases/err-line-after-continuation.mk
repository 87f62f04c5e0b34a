A := a \
b
junk here
