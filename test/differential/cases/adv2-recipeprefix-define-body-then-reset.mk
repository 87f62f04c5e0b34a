.RECIPEPREFIX := >
define R
t:
> @echo in-define
endef
.RECIPEPREFIX :=
$(eval $(R))
$(info reached end)
