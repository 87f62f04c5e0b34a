# print: A
# args: A=cmd
undefine A
