# A target-specific variable's name is expanded when the line is read, in
# the target's own scope: VAR$(FOO) is VARx here (its FOO=x), not VARfoo.
# print: FOO VARx VARfoo VAR
# target: four
FOO = foo
four:FOO=x
four:VAR$(FOO)=ok
