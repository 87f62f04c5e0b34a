# '+=' at a target onto a global simple value containing '$': the global value
# is not expanded a second time.
# print: VAR
# target: foo
VAR := $$FOO
foo: VAR += BAR
