# print: A
define list
a
b
endef
A := $(foreach w,$(list),<$(w)>)
