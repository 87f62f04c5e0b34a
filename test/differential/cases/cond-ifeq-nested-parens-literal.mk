# print: A
ifeq ((a),(a))
A := parens
else
A := noparens
endif
