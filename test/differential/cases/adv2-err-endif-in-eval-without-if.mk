$(eval endif)
