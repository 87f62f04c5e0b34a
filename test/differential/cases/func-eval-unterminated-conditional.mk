$(eval ifdef X)
