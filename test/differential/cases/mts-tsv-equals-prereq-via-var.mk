# An '=' reached through a variable in a prerequisite list is a file name:
# the line was already classified as a rule.
# print: P
# target: ten
EQ = =
ten: one$(EQ)two
ten: one $(EQ) two
one$(EQ)two $(EQ) one two:
P = $^
