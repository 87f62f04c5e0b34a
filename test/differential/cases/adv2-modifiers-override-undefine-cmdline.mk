# print: A
# args: A=cmd
override undefine A
$(info [$(origin A)])
