# print: A
define   A   
value
endef
