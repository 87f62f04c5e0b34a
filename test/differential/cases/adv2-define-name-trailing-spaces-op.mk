# print: X
define   X   :=   
value
endef
$(info [$(X)] $(flavor X))
