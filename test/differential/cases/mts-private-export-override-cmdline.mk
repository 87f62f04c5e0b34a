# 'export override private' together at a target beat a command-line value.
# print: _X
# target: a
# args: _X=c
_X = x
a: export override private _X = a
