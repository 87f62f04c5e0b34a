# print: A
MAKEFILE_LIST += extra
A := $(firstword $(MAKEFILE_LIST)) $(word 2,$(MAKEFILE_LIST))
