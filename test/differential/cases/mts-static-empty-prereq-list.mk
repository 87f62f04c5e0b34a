# A static pattern rule with no prerequisite pattern at all.
# print: S P
# target: foo.x
foo.x bar.x: %.x :
S = $*
P = [$^]
