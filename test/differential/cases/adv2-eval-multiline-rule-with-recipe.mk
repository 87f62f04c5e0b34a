# print: V ^
# target: t
define R
u: dep ; @echo one
	@echo two
t: V := v
t: dep
dep:
endef
$(eval $(R))
$(info $(.DEFAULT_GOAL))
