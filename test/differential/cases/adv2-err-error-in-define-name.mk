define $(error in-define-name)
endef
