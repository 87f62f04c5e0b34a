# print: A
ifeq ((,),(,))
A := eq
else
A := ne
endif
