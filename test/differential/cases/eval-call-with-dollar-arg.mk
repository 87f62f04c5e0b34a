# print: OUT
define tmpl
OUT := $(1)
endef
$(eval $(call tmpl,$$$$literal))
