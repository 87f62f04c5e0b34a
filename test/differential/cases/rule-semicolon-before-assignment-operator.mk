# print: D E
# target: t1
# Whether a rule line is a target-specific assignment is decided on the text
# before its `;` (parse_var_assignment() on the line cut there): `t2: ; = A`
# is a rule whose recipe is `= A`, overriding the one before. Once it is an
# assignment, the `;` and what follows belong to its value.
t2: ; @:
t2: ; = A
t1: D = a ; b
t1: E := x;y
t1:
