# print: A
# target: gen
define mkrule
$(1): A := target-$(1)
$(1):
endef
$(eval $(call mkrule,gen))
A := global
