# The same reference in the makefile: reported at x's own line.
foo = bar
x = $(foo
y = $x

z := $y
