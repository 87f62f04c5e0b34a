.RECIPEPREFIX := \#
t:
#@echo recipe
A := 1
$(info [$(A)] [$(.RECIPEPREFIX)])
