# print: A B
foo := a% b%
A := $(foo:\%=X)
B := $(foo:%\%=%Y)
