# print: A
ifeq "a " "a"
A := eq
else
A := ne
endif
