# env: MAKEFLAGS=e
# args: A=1
# target: t
# print: MAKEFLAGS MFLAGS FL
FL = $(origin MAKEFLAGS) $(origin MFLAGS)
