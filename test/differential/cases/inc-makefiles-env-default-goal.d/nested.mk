nested-target: ; @:
NESTED := read
