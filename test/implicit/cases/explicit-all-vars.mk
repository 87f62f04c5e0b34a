# goal: out/t.x
# files: a b/c.h
# Every automatic variable and its D/F form in an explicit rule, with
# duplicates ($^ once each, $+ as written) and order-only ones.
out/t.x: a b/c.h a b/c.h | o1 b/o2 o1
	@:$(info [$@|$<|$^|$+|$?|$||$*|$%])
	@:$(info [$(@D)|$(@F)|$(<D)|$(<F)|$(^D)|$(^F)|$(+D)|$(+F)|$(?D)|$(?F)|$(|D)|$(|F)|$(*D)|$(*F)])
o1 b/o2: ; @:
