a: ; @echo one
a: ; @echo two
