define MK
$(1)_V := made-$(1)
endef
