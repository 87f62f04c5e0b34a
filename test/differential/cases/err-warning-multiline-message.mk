define msg
a
b
endef
$(warning $(msg))
