# print: A
inner = <$(1)|$(2)>
outer = $(call inner)
A := $(call outer,a,b)
