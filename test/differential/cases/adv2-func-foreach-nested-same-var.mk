# print: A
A := $(foreach i,1 2,$(foreach i,a b,$(i))$(i))
