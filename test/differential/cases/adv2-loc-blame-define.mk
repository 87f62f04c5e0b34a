define F
$(word x,a)
endef

H := $(F)
