# print: A B
# target: foo
foo.c:
foo: foo.c
foo: A = $(origin @) $(origin <) $(origin ^)
B = $(origin @) $(origin *)
