# print: A
A := $(word +2,a b c)
