# print: A
define A
	tabbed line
endef
A := [$(A)]
