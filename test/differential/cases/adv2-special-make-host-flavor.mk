# print: A
A := $(flavor MAKE_HOST) $(origin MAKE_HOST) $(origin MAKE_VERSION) $(origin .FEATURES) $(origin .INCLUDE_DIRS)
