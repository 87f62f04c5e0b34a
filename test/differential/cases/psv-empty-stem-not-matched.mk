# print: A B C
# target: x.o
# Pattern-specific variables need a stem of one character at least
# (lookup_pattern_var() skips a pattern longer than the name): `%x.o` and
# `x.o%` are not x.o's; `%.o`, `x%` and `%` are.
%x.o: A = pattern
x.o%: A += pattern
A = global
%.o: B = stem-x
x%: B += stem-.o
%: C = any
x.o:
