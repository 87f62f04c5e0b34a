# print: X
X := [$(call info x,y)]
