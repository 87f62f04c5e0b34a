# word's first argument 'abc ' (a trailing blank) is quoted as is.
FOO = foo bar biz baz
$(info $(word abc ,$(FOO)))
