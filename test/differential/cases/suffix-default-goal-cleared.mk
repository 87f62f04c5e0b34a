# .SUFFIXES with no prerequisites clears the list.
.SUFFIXES: a b
.SUFFIXES:
ab: ; @:
$(info [$(.DEFAULT_GOAL)])
