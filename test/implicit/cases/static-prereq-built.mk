# goal: all
# files: a.in b.in
# Prerequisites built by a static pattern rule first, each with its own stem.
OBJS := a.out b.out
all: $(OBJS)
	@:$(info all [$^])
$(OBJS): %.out: %.in
	@:$(info out [$@|$<|$*])
