# An unterminated function call in a second-expanded prerequisite list.
# target: bye.x
.SECONDEXPANSION:
bye.x: $$(firstword bye.1
