# After an $(eval) line that defines a rule, a tab line is not its recipe;
# after a rule line holding an $(eval), the tab line is the rule's recipe.
x: $(eval y: ; @:)
	@echo x-recipe
$(eval z: ; @:)
	Z := 1
$(info [$(Z)])
