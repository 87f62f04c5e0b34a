define .RECIPEPREFIX
>
endef
t:
> @echo x
$(info reached end)
