# print: A
A := $(sort b B a A _ 1 10 9 ~)
