# goal: bin/prog
# files: bin/prog.sh
# A single-suffix rule .sh: for a name in a directory.
.SUFFIXES: .sh
.sh:
	@:$(info [$@|$<|$*])
