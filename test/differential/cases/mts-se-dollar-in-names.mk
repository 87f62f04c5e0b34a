# '$$' in prerequisite names: without second expansion a literal '$'; with it
# (command line SE=1) a reference to a one-letter variable.
# print: P
# target: all
ifdef SE
  .SECONDEXPANSION:
endif
all: bar$$baz bar$$biz
bar$$baz bar$$biz baraz bariz:
P = $^
