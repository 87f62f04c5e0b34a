# print: X
# A tab-started endef is body text (the recipe prefix is a tab).
define X
	endef
body
endef
