# A target named twice in a rule with recipe lines: one warning, at the
# rule's line, when the next line ends the rule.
a a: b c
	@:
	@:
b c: ; @:
$(info reached end)
