# MAKEOVERRIDES: each variable once (its last value), := for simple ones,
# blanks and backslashes quoted, $ doubled.
# args: A=1 A=a\b B:=$$x C+=3 D?=4
$(info [$(value MAKEOVERRIDES)] $(flavor MAKEOVERRIDES))
$(info [$(MAKEOVERRIDES)])
$(info [$(value -*-command-variables-*-)] $(origin -*-command-variables-*-))
