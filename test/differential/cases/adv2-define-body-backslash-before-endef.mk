define A
foo \
endef
$(info A=[$(value A)])
