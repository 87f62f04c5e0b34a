# target: t
# print: ^
# vpath.c drops one trailing slash of a search directory: `one/` is `one`,
# `one//` finds nothing (make looks in `one/` for `one//a.c`), and `/`
# stays `/` (`//bin/sh`).
VPATH = vpath-trailing-slashes.d/one// vpath-trailing-slashes.d/two/
vpath %.h vpath-trailing-slashes.d/one//
vpath %.h vpath-trailing-slashes.d/two//
vpath bin/% /
t: a.c b.c c.h bin/sh
