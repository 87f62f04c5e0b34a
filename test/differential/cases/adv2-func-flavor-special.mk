# print: A
A := $(flavor @) $(flavor MAKEFILE_LIST) $(flavor .DEFAULT_GOAL) $(flavor CURDIR) $(flavor MAKE) $(flavor MAKEFLAGS) $(flavor SHELL) $(flavor .FEATURES) $(flavor MAKE_VERSION)
