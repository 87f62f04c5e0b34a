# A static pattern with a leading ./ matches targets without it (Kbuild's
# $(obj)/%/built-in.a with obj=.): make reads the pattern as a file name,
# so no "doesn't match the target pattern" warning.
obj := .
sub := a/built-in.a b/built-in.a
$(sub): $(obj)/%/built-in.a: $(obj)/%
x/y.o: ././%.o: %.c
$(info reached end)
