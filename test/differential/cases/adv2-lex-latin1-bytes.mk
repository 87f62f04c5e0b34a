# print: B
A := café naïve
B := $(words $(A)) $(subst ï,i,$(subst é,e,$(A)))
