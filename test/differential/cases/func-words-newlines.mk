# print: W
define v
a

b
endef
W := $(words $(v))
