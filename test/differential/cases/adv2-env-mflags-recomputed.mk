# env: MFLAGS=bogus
$(info [$(MFLAGS)] $(origin MFLAGS))
