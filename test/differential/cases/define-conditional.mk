# print: A B
A := keep
define A ?=
ignored
endef
define B ?=
used
endef
