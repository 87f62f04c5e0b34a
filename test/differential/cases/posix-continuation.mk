# After .POSIX each backslash-newline is one space; blanks before it stay.
A := a   \
     b
.POSIX:
B := a   \
     b
C := c   \
     d\
\
  e
D = x \\\
   y
$(info [$(A)] [$(B)] [$(C)] [$(D)])
