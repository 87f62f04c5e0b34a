# print: A
# args: A=a A+=b A+=c
