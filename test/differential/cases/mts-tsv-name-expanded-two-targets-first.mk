# Two targets, one computed target-specific name: at five (FOO=x of its
# own) the name is VARx, while six gets VARfoo.
# print: FOO VARx VARfoo
# target: five
FOO = foo
five:FOO=x
five six : VAR$(FOO)=good
