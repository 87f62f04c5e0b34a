# goal: t
# files: src/a.c
# The same prerequisite named by its name and by its vpath path.
VPATH = src
t: a.c src/a.c a.c
	@:$(info [$<|$^|$+])
