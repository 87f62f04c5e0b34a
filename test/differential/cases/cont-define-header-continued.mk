# print: A
define A \
= x
endef
