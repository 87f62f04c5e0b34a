# print: A
# args: A=cmd
define A
file
endef
define A +=
more
endef
