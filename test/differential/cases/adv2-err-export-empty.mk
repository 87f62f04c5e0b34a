export
unexport
E :=
export $(E)
$(info reached end)
