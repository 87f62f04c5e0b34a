# print: A
# env: A=$(x)
x := expanded
