.SUFFIXES: a
aa a: ; @:
x: ; @:
$(info [$(.DEFAULT_GOAL)])
