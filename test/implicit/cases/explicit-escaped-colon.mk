# goal: x.o
# files: a:b c:d e:f x:c q\:r
# A backslash quoting a colon in the prerequisites is removed after the
# first expansion (also in a value, also after a static pattern's colon),
# but not from what a second expansion gives.
.SECONDEXPANSION:
X = c\:d
Y = q\:r
x.o: a\:b $(X) $$(Y)
	@:$(info [$^])
x.o: %.o: e\:f %\:c
