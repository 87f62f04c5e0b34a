define body
X := 1
$$(warning eval line 2)
Y := 2
$$(warning eval line 4)
endef
B := 1
$(eval $(body))
$(warning after eval)
