# $@ in a prerequisite list under .SECONDEXPANSION, escaped zero to three
# times, and with D/F: the first expansion sees no $@, the second the target.
# print: P
# target: sub/foo
.SECONDEXPANSION:
.SUFFIXES:
dir = sub
$(dir)/foo $(dir)/bar: $@.x $$@.x $$$@.x $$$$@.x $$(@D).x $$(@F).x
.x sub/foo.x x $$@.x sub.x foo.x:
P = $^
