# goal: foo.o
# files: foo-a.o foo-b.o
# Kbuild's composite objects: prerequisites from a variable named by the
# stem, through second expansion of a static pattern rule.
.SECONDEXPANSION:
foo-objs := foo-a.o foo-b.o
multi := foo.o
$(multi): %.o: $$(%-objs) FORCE
	@:$(info [$<|$(filter-out FORCE,$^)|$*])
FORCE:
