# print: A
# args: A=cmd
override export define A
x
endef
