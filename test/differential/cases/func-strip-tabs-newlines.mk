# print: A
define nl


endef
A := [$(strip a$(nl)b		c)]
