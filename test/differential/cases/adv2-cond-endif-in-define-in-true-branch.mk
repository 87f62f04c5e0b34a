ifdef UNDEF
define X
endif
endef
$(info in-false)
endif
$(info reached end [$(X)])
