# print: A
define A
# not a comment
x # kept
endef
