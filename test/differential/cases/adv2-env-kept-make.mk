# env: MAKE=bogus
$(info [$(filter bogus,$(MAKE))] $(origin MAKE))
