define D
A := 1
$$(warning from-eval)
endef
$(eval $(D))
$(info reached end)
