define .RECIPEPREFIX :=
>
endef
t:
> @echo hi
$(info reached end)
