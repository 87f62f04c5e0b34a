$(info a sees: $(MAKEFILE_LIST))
$(info a self: $(lastword $(MAKEFILE_LIST)))
include inc-makefile-list.d/b.mk
$(info a after b: $(lastword $(MAKEFILE_LIST)))
