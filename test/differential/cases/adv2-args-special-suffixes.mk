# args: SUFFIXES=bogus
$(info [$(filter bogus,$(SUFFIXES))] $(origin SUFFIXES))
