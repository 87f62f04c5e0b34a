$(info $(MAKEFILE_LIST))
$(info $(lastword $(MAKEFILE_LIST)))
