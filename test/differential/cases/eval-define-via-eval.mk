# print: A
$(eval define A$(newline)in eval$(newline)endef)
define newline


endef
