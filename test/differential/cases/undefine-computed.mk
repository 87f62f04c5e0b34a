# print: foo O
foo := 1
n := foo
undefine $(n)
O := $(origin foo)
