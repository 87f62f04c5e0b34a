# A target of grouped targets (&:) named in a later grouped rule leaves its
# first group: read.c record_files() warns "overriding group membership" at
# the recipe's line, after the rule's other warnings, visiting the targets
# last first; a target named twice in one grouped rule is warned about too.
# Each :: rule is an entry of its own (no warning), and a grouped rule
# without a recipe is fatal before any target is looked at.
a b &: ; @echo 1
b c &: ; @echo 2
d e &:

# comment

	@echo 3
e f d &:
	@echo 4
g h g &: ; @echo 5
i j &:: ; @echo 6
i j &:: ; @echo 7
$(eval f k &: ; @echo 8)
l m &: ; @echo 9
l: ; @echo 10
m: x
x: ;
$(info reached end)
n %o &:
