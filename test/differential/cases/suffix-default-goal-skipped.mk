# A suffix rule (two suffixes joined) and a suffix without a dot are not the default goal.
.SUFFIXES: .c .o a b
ab: ; @:
b: ; @:
ba x: ; @:
$(info [$(.DEFAULT_GOAL)])
first: ; @:
$(info [$(.DEFAULT_GOAL)])
