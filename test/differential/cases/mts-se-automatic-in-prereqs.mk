# Second expansion sees $@, $<, $^, $+, $| and $* of the rules read before
# the one being expanded.
# print: P O
# target: foo
.SECONDEXPANSION:
foo: bar baz
foo: biz | buz
foo: $$@.1 \
     $$<.2 \
     $$(addsuffix .3,$$^) \
     $$(addsuffix .4,$$+) \
     $$|.5 \
     $$*.6
bar baz biz buz foo.1 bar.2 bar.3 baz.3 biz.3 bar.4 baz.4 biz.4 buz.5 .6:
P = $^
O = $|
