# print: A
# args: A=c
override private A := x
