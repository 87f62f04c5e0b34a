# print: R
define L
a
b  c
endef
R := $(foreach w,$(L),<$(w)>)
