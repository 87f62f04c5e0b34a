# A rule read before its suffixes are declared stays the default goal.
ab: ; @:
.SUFFIXES: a b
ba: ; @:
$(info [$(.DEFAULT_GOAL)])
