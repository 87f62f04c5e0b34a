P := $(dir $(lastword $(MAKEFILE_LIST)))
