# print: C D E
# target: t2
# A `;` that an expansion puts before the colon's line ends cuts a
# target-specific assignment short (read.c: cmdleft from the expanded line,
# the rest is lost); a `;` written in the line belongs to the value.
X = t2: C := a;b
$(X)
S = ;
t2 $(S): D := a;b
t2: E := a$(S)b
t2:
