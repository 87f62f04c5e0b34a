# The same forms in a static pattern rule with '%' after each.
# print: P
# target: sub/y.z
.SECONDEXPANSION:
.SUFFIXES:
dir = sub
$(dir)/x.z $(dir)/y.z: $(dir)/%.z : $@.% $$@.% $$$@.% $$$$@.% $$(@D).% $$(@F).%
.y sub/y.z.y y $$@.y sub.y y.z.y:
P = $^
