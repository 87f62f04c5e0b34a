# print: V
# target: prog
X := early
prog: V := $(X)
X := late
