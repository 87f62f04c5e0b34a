# print: A B C
# args: A=cmd B=cmd C=cmd
A := file
override B := file
override C += more
