MAKEFLAGS := -s
$(info [$(MAKEFLAGS)] $(origin MAKEFLAGS))
