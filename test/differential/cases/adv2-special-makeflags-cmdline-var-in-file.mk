# print: X
MAKEFLAGS += X=1
