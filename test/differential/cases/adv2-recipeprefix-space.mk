E :=
.RECIPEPREFIX := $(E) $(E)
t:
 @echo recipe
 A := not-an-assignment
$(info [$(A)])
