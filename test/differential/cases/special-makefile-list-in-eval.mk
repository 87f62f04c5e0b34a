$(eval $$(info eval sees $$(MAKEFILE_LIST)))
