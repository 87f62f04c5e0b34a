# print: A
# args: A=cmd
override A += file
