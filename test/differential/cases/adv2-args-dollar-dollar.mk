# print: A
# args: A=$$x
