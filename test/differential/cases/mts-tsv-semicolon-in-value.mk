# A semicolon after a target-specific '=' belongs to the value (no recipe).
# print: FOO
# target: foo
foo : FOO = ; ok
