# A pattern-specific 'override :=' and three global '+=': globally the value
# is just the appends; at a matching target, the pattern's value wins and
# the global appends are not added to it.
# print: hello
# target: all
al%: override hello:=file
hello+=one
hello+=two
hello+=three
$(info [$(hello)])
