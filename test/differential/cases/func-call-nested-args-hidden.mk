# print: A
inner = <$(1)|$(2)>
outer = $(call inner,$(1))
A := $(call outer,a,b)
