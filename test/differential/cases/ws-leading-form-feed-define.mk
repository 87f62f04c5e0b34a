# `define` and `endef` after a leading carriage return or form feed.
define foo
x
endef
define bar =
y
endef
$(info [$(foo)] [$(bar)])