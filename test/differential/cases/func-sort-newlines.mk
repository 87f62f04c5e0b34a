# print: A
define list
b
a
b
endef
A := $(sort $(list))
