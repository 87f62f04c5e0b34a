# A private global variable is visible to the global ':=' but not inside a
# target's context; another target's own value does not leak either.
# print: F G
# target: a
private F = g
G := $(F)
a: b
b:
b: F = b
