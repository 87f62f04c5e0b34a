t1: ; @:
ifdef UNDEF
define F
	endef
endif
$(info reached)
