$(info included from the -I directory: $(lastword $(MAKEFILE_LIST)))
