# $$(@), $${@}, $${@D}, $${@F} in a second-expanded list.
# print: P
# target: sub/biz
.SECONDEXPANSION:
dir = sub
$(dir)/biz: $$(@).x $${@}.x $${@D}.x $${@F}.x
sub/biz.x sub.x biz.x:
P = $^
