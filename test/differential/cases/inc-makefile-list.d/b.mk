$(info b sees: $(MAKEFILE_LIST))
