# print: A
s := $(1)-simple
A := [$(call s,x)]
