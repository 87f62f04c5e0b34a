# An unterminated call in a static pattern rule's second-expanded list.
# target: bye.x
.SECONDEXPANSION:
bye.x: %.x: $$(firstword %.1
