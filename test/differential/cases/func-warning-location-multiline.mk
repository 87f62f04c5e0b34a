# print: x
A = $(warning inside A)
define B
line1
$(warning inside B)
endef
x := $(B)
y := $(A)
