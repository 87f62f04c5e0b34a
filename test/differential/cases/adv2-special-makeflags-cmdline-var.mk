# print: MAKEFLAGS
# args: FOO=bar X=y
