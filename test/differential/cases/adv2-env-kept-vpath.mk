# env: VPATH=bogus
$(info [$(filter bogus,$(VPATH))] $(origin VPATH))
