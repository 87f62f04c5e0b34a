t: .RECIPEPREFIX := >
u:
> @echo x
