# print: A
A := $(origin @) $(origin <) $(origin MAKEFILE_LIST) $(origin .DEFAULT_GOAL) $(origin CURDIR) $(origin MAKE) $(origin MAKEFLAGS) $(origin .VARIABLES) $(origin SHELL) $(origin MAKELEVEL)
