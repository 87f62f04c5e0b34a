# The same '$' + backslash-newline joins under .POSIX, where a continuation
# keeps the blanks before the backslash.
# print: R S
.POSIX:
R = $\
  alpha  $\
  beta$$\
  gamma$$$\
  delta
S := $\
  one  $\
  two$$\
  three$$$\
  four
$(info [$(R)] [$(S)])
