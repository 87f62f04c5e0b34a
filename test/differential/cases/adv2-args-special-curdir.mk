# args: CURDIR=bogus
$(info [$(filter bogus,$(CURDIR))] $(origin CURDIR))
