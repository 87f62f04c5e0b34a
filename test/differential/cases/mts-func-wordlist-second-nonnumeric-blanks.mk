# wordlist's second argument keeps its blanks in the error message.
FOO = foo bar biz baz
$(info $(wordlist 1, 12a ,$(FOO)))
