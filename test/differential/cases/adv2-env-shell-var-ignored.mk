# env: SHELL=/bin/false
$(info $(SHELL) $(origin SHELL))
