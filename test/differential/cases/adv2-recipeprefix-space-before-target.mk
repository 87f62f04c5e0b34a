E :=
.RECIPEPREFIX := $(E) $(E)
 A := 1
$(info [$(A)])
