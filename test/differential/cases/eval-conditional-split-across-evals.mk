$(eval ifeq (1,1))
$(eval endif)
