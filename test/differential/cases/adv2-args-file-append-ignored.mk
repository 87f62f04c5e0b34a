# print: A
# args: A=cmd
A += file
$(info $(A))
