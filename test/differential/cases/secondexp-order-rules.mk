# target: print-here
# print: ORDER
# The order of second expansion (file.c snap_deps()): .SUFFIXES first, then
# make's file table slot by slot; a double-colon target's rules in turn at
# its first rule's slot; a static pattern's targets each at its own; a
# pattern rule never (implicit rule search expands it, if it is tried). An
# $(eval) there defines what the expansions after it see.
.SECONDEXPANSION:
N := 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20
$(foreach n,$(N),$(eval dc$n:: $$$$(eval ORDER += dc$n-1)))
$(foreach n,$(N),$(eval dc$n:: ; $$$$(eval ORDER += dc$n-2)))
$(foreach n,$(N),$(eval dc$n:: $$$$(eval ORDER += dc$n-3)))
$(addsuffix .o,$(addprefix s,$(N))): %.o: $$(eval ORDER += $$*)
%.z: $$(eval ORDER += pattern-$$*)
$(addprefix v,$(N)): $$(eval SEEN += $$@)$$(eval ORDER += $$@[$$(words $$(SEEN))])
.SUFFIXES: $$(eval ORDER += suffixes) .q
