$(info 1b $(lastword $(MAKEFILE_LIST)) $(words $(MAKEFILE_LIST)))
