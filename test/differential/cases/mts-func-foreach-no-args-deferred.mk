# '$(foreach )' with too few arguments: the error is at parse of the line it
# is expanded on, reported at the definition of x when y := $x expands it.
x = $(foreach )
y := $x
