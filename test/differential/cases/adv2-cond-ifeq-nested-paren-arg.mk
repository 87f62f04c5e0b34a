ifeq ((a),(a))
$(info paren-eq)
endif
ifeq ($(firstword (x) y),(x))
$(info fn-eq)
endif
