# print: A
A := $(origin MAKE_COMMAND) $(flavor MAKE_COMMAND) $(flavor MAKE) $(origin MAKE)
