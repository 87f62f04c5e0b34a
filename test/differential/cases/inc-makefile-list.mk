include inc-makefile-list.d/a.mk
$(info main sees: $(MAKEFILE_LIST))
