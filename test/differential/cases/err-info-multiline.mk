define msg
a
b
endef
$(info $(msg))
