# print: A
define fn
<$(1)-$(2)>
endef
A := $(call fn,a,b)
