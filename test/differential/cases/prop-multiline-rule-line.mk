define T
x:
A = 1
endef
$(T)
$(info ok)
