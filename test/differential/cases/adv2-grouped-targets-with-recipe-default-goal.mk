# print: .DEFAULT_GOAL
a b &: c
	@:
c:
