# args: MAKELEVEL=bogus
$(info [$(filter bogus,$(MAKELEVEL))] $(origin MAKELEVEL))
