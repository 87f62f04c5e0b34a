$(eval this is not valid)
