ifeqx (a,a)
endif
