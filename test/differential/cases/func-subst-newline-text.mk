# print: A W
define two
a b
c
endef
A := $(subst b,B,$(two))
W := $(words $(two))
