# print: X
# The recipe prefix decides which define lines are never endef: with >
# as the prefix, a tab-started endef ends the define.
.RECIPEPREFIX := >
define X
body
	endef
