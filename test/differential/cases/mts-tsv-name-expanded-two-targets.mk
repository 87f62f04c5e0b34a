# Two targets, one computed target-specific name: six has no FOO of its
# own, so at six the name is VARfoo.
# print: FOO VARx VARfoo
# target: six
FOO = foo
five:FOO=x
five six : VAR$(FOO)=good
