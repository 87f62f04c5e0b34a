# goal: t
# files: a,b c=d e+f g@h
# File names with commas, equals, plus and at signs.
t: a,b c\=d e+f g@h
	@:$(info [$^|$(^F)])
