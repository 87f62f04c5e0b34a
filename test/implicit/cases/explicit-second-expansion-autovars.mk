# goal: t
# files: a b c t.dep
# .SECONDEXPANSION: $$@, $$< and $$^ in a later prerequisite list see the
# prerequisites known so far (set_file_variables() before expand_deps()).
.SECONDEXPANSION:
t: a b
	@:$(info [$@|$<|$^|$+|$|])
t: $$@.dep [$$<] [$$^] [$$+] | c
[a]: ; @:
[a: ; @:
b]: ; @:
