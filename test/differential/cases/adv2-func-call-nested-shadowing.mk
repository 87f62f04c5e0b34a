# print: A
inner = <$(1)|$(2)|$(3)>
outer = $(call inner,$(2)) $(3)
A := $(call outer,a,b,c)
