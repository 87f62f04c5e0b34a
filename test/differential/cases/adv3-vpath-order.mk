# vpath directives are searched in order, VPATH last; `vpath PATTERN` clears
# that pattern's directories.
# target: t
# print: ^ < +
vpath %.c adv3-vpath-order.d/one
vpath %.c adv3-vpath-order.d/two
vpath %.h adv3-vpath-order.d/one
vpath %.h
VPATH = adv3-vpath-order.d/none:adv3-vpath-order.d/two
t: a.c b.c c.h d.c
a.c b.c c.h d.c:
