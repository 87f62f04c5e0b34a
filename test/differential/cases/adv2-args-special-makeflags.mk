# args: MAKEFLAGS=bogus
$(info [$(filter bogus,$(MAKEFLAGS))] $(origin MAKEFLAGS))
