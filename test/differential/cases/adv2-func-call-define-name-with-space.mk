# print: X
define a b
AB$(1)
endef
a = A$(1)
X := $(call a b,1)
