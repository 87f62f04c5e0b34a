# Blanks inside a would-be variable name: 'x y=' is not an assignment.
x y=
