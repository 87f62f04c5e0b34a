# args: s=1 e=-1
FOO = foo bar biz baz
WL = $(wordlist $s,$e,$(FOO))
X := $(WL)
