# print: W
define v
  a

  b  
endef
W := [$(strip $(v))]
