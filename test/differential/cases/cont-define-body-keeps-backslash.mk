# print: A W
define A
one \
two
endef
W := $(words $(A))
