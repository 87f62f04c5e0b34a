# goal: t
# files: p1 p2 p3 p4 p5 o1 o2 o3 o4
# Order-only prerequisites are placed the same way; a recipe given again
# overrides the first (with a warning) and its rule's prerequisites go
# first again.
t: p1 | o1
t: p2 p1 | o2 ; @echo one
t: p3 | o3
t: p4 | o1 o4
	@:$(info [$<] [$^] [$|])
t: p5 | o3
