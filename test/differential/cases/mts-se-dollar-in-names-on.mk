# The same with SE=1: $$baz is $(b)az, $$biz is $(b)iz.
# args: SE=1
# print: P
# target: all
ifdef SE
  .SECONDEXPANSION:
endif
all: bar$$baz bar$$biz
bar$$baz bar$$biz baraz bariz:
P = $^
