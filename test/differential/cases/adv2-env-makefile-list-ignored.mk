# env: MAKEFILE_LIST=bogus
$(info $(MAKEFILE_LIST))
