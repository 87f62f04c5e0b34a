# Where $(warning) and $(error) in a second expansion say they are
# (expand.c variable_expand_for_file(), recursively_expand_for_file()): the
# line where the file's recipe starts (a `;` recipe's rule line; each `::`
# rule its own); without a recipe, the definition of the outermost variable
# being expanded, or nowhere. In the order of make's file table.
.SECONDEXPANSION:
W = $(warning W $@)
OUTER = $(W)
a: $$(warning a)

	@:
b: $$(warning b)
c: $$(warning c) ; @:
d:: $$(warning d1)
	@:
d:: $$(warning d2)
d:: $$(warning d3) ; @:
e: $$(W)
f: $$(OUTER) $$(call W) $$(foreach x,1,$$(W))
s1 s2: s%: $$(warning s$$*)
s2:
	@:
g: $$(OUTER)
	@:
z: $$(if $$(filter z,$$@),$$(error z $$@))
