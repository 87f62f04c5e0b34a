# print: include
include = not a directive
