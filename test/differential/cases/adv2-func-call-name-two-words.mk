# print: X
a = A$(1)
X := [$(call a b,1)]
