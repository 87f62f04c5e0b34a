# print: A
A := $(origin MAKE) $(flavor MAKE) $(origin MAKE_COMMAND) $(origin MAKEFILES)
