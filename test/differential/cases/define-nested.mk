# print: OUTER INNER
define OUTER
define INNER
inner body
endef
endef
$(eval $(OUTER))
