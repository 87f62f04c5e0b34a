# goal: g2
# files: p q
# Grouped targets (&:): one recipe for all; $@ is the target make was asked for.
g1 g2 g3 &: p q
	@:$(info [$@|$<|$^])
