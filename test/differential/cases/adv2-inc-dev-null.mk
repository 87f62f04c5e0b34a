include /dev/null
$(info $(MAKEFILE_LIST))
