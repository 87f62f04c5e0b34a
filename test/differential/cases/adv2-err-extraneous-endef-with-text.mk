endef foo
