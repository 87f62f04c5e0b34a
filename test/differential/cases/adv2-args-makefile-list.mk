# args: MAKEFILE_LIST=bogus
$(info [$(MAKEFILE_LIST)] $(origin MAKEFILE_LIST))
