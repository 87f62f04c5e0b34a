# An included file's last rule ends with the file: a tab line after the
# include is not its recipe.
include prop-rule-ends-with-included-file.d/rule.mk
	B := 2
$(info [$(B)] [$(.DEFAULT_GOAL)])
