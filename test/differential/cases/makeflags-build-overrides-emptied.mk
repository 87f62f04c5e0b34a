# args: A=1
# target: t
# print: MAKEFLAGS
# An empty MAKEOVERRIDES leaves the ` -- ` out.
MAKEOVERRIDES =
