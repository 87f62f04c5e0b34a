# print: A
A := $(foreach v,a b,$(eval last := $(v)))$(last)
