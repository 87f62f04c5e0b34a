# print: A B
ifeq (a  b,a b)
A := equal
else
A := not-equal
endif
ifeq ($(strip a  b),a b)
B := stripped-equal
endif
