# 'override +=' then plain '+=' at one target: the plain one is ignored.
# print: FOO
# target: a
a: override FOO += f1
a: FOO += f2
