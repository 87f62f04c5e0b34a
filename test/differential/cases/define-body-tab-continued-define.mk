# print: A B
# In a define's body a line that starts with the recipe prefix is never
# define/endef, as it is after collapse_continuations(): a tab before a
# backslash-newline goes with it, so the next line's `define` nests and
# a continued `endef` ends.
define A
	\
define B
endef
x
	\
endef
define B
	define C
endef
