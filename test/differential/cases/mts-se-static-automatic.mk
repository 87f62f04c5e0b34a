# Automatic variables in a third static pattern rule for two targets, asked
# at the first.
# print: P O S
# target: foo.a
.SECONDEXPANSION:
foo.a foo.b: foo.%: bar.% baz.%
foo.a foo.b: foo.%: biz.% | buz.%
foo.a foo.b: foo.%: $$@.1 \
                    $$<.2 \
                    $$(addsuffix .3,$$^) \
                    $$(addsuffix .4,$$+) \
                    $$|.5 \
                    $$*.6
bar.a baz.a biz.a buz.a foo.a.1 bar.a.2 bar.a.3 baz.a.3 biz.a.3 bar.a.4 baz.a.4 biz.a.4 buz.a.5 a.6:
P = $^
O = $|
S = $*
