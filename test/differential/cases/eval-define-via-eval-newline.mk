# print: A
define newline


endef
$(eval define A$(newline)in eval$(newline)endef)
