E :=
t: $(E) := x
