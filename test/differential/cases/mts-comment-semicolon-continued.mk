# A comment after a rule's colon holding ';' and ending in a backslash: the
# next (tab) line is part of the comment, the one after a recipe line.
# print: P
# target: all
all: target
target: dep # this ; is just a comment \
	@echo This is within a comment.
dep:
P = $^
