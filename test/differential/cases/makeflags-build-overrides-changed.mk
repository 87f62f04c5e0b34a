# args: A=1
# target: t
# print: MAKEFLAGS
MAKEOVERRIDES := Z=9
