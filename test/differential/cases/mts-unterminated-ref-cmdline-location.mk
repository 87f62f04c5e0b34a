# An unterminated reference in a command-line value (which has no location):
# reported at the line being read when it is expanded (z's), not at y's.
# args: x=$(other
foo = bar
x = $(foo
y = $x

z := $y
