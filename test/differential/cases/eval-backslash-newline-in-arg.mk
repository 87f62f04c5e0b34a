# print: A
$(eval A := a \
b)
