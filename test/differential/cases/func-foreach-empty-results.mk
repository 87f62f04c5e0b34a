# print: A B
A := [$(foreach x,a b c,)]
B := [$(foreach x,a b c,$(if $(filter b,$(x)),,$(x)))]
