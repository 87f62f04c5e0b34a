# $* from .SUFFIXES for an explicit target in a directory, and the D/F forms
# of the automatic variables (a duplicate prerequisite kept by $+).
# print: A B C D E
# target: sub/foo.x
.SUFFIXES:
.SUFFIXES: .x .y .z
dir = sub
$(dir)/foo.x : baz.z $(dir)/bar.y baz.z
$(dir)/bar.y baz.z :
A = $@ $(@D) $(@F)
B = $* $(*D) $(*F)
C = $< $(<D) $(<F)
D = $^ $(^D) $(^F)
E = $+ $(+D) $(+F)
