# The same with FOO on the command line: the override appends to it, the
# plain one is still ignored.
# print: FOO
# target: a
# args: FOO=C
a: override FOO += f1
a: FOO += f2
