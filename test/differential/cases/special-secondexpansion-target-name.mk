# print: V
# target: foo
.SECONDEXPANSION:
foo.h:
foo: $$@.h
foo: V = $^
