define body
X := 1
$$(error in eval body)
endef
$(eval $(body))
