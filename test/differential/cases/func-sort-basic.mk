# print: A B C
A := $(sort foo bar lose foo)
B := [$(sort )]
C := $(sort B a A b 10 9 1)
