# An error inside a recursive variable is reported at the variable's
# definition line when expanded at a later line.
FOO = foo bar biz baz
WL = $(wordlist $s,$e,$(FOO))

$(info $(WL))
