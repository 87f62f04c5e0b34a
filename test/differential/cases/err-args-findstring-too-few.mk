A := $(findstring a)
