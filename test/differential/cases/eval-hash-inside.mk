# print: A
$(eval A := x\#y)
