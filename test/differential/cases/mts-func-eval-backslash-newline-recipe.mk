# Evaluated text with a rule whose recipe continues on a second line, and a
# backslash not before a newline.
# print: V
define FOO
all: ; @echo he\llo \
world
V = a\b \
c
endef
$(eval $(FOO))
