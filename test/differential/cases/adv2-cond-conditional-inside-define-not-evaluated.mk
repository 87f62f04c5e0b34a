define D
ifeq (a,a)
endif
endef
ifeq (x,x)
define E
else
endef
endif
$(info [$(E)])
