# A '$' right before a backslash-newline: the continuation's blank becomes
# part of a '$ ' reference (the empty variable named ' '), so the pieces
# join with nothing between them; '$$' before it stays a literal dollar.
# print: R S
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
