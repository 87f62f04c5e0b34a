# print: A
define A
a
endef#comment
