# print: C D
# target: x.o
# A pattern-specific `?=` is carried out for the target in a set that is no
# parent's (initialize_file_variables()), so it sees a global private
# variable and defines nothing; make then copies the pattern variable's
# private and export flags onto the variable it found: the global C is no
# longer private, and the target sees it. A target-specific `?=` is
# carried out while reading, where the global one is a parent's.
private C = glob
%.o: C ?= pat
private D = glob
x.o: D ?= tsv
x.o:
