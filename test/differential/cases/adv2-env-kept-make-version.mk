# env: MAKE_VERSION=bogus
$(info [$(filter bogus,$(MAKE_VERSION))] $(origin MAKE_VERSION))
