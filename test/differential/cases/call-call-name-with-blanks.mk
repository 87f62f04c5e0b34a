# print: A B C
# $(call call, NAME,...): the inner call's first argument keeps the blanks
# before the name (the parser skips them only after `call`), and $(0) is that
# argument cut after the name: blanks and all. Through it, $($(0)) names no
# variable, where $(call NAME) would recurse.
foo = [$(0)|$(1)]
A := $(call call, foo ,x)
B := $(call call,	foo,x)
self = <$($(0))>
C := $(call call, self)
