# An $(eval) inside a rule line: its own rule ends with it, the outer rule
# is recorded after it (the default goal is the eval's target).
# target: x
# print: ^
x: $(eval y: ; @:) a
a:
$(info [$(.DEFAULT_GOAL)])
