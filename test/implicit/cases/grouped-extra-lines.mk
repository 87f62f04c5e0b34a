# goal: all
# files: p q r
# Grouped targets: each target's own prerequisites from other lines; the
# recipe runs once, for the first target make needs.
all: g2 g1
	@:$(info all [$^])
g1 g2 &: p
	@:$(info grouped [$@|$<|$^])
g2: q
g1: r
