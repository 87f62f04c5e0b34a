# target: print-here
# print: ORDER INCLUDED
# Second expansion walks make's file hash table (file.c snap_deps()), whose
# slots depend on every name entered before. Each pair below is X, whose
# hash gives the slot of a name entered earlier (the goal, this makefile,
# .SUFFIXES, .DEFAULT, an include, a missing -include, a name that is only
# a prerequisite or only order-only, a target with a target-specific
# variable, a static pattern's prerequisite, .SECONDEXPANSION), and Y, whose
# hash gives the slot after. Y's rule comes first: X comes after Y only if
# that name took X's slot. A pattern rule is no file: never expanded here.
.SECONDEXPANSION:
include secondexp-order-entries.d/inc.mk
-include secondexp-order-entries.d/missing.mk
x: only-a-prerequisite | only-order-only
has-a-variable: V = 1
static-t1: static-t%: static-p%
%.never: $$(eval ORDER += never)
goay255: $$(eval ORDER += goay255)
maky3881: $$(eval ORDER += maky3881)
sufy2459: $$(eval ORDER += sufy2459)
defy812: $$(eval ORDER += defy812)
incy167: $$(eval ORDER += incy167)
misy453: $$(eval ORDER += misy453)
prey320: $$(eval ORDER += prey320)
ordy380: $$(eval ORDER += ordy380)
tsvy474: $$(eval ORDER += tsvy474)
stay39: $$(eval ORDER += stay39)
spey845: $$(eval ORDER += spey845)
goax378: $$(eval ORDER += goax378)
makx639: $$(eval ORDER += makx639)
sufx1144: $$(eval ORDER += sufx1144)
defx1074: $$(eval ORDER += defx1074)
incx431: $$(eval ORDER += incx431)
misx610: $$(eval ORDER += misx610)
prex1773: $$(eval ORDER += prex1773)
ordx364: $$(eval ORDER += ordx364)
tsvx280: $$(eval ORDER += tsvx280)
stax276: $$(eval ORDER += stax276)
spex212: $$(eval ORDER += spex212)
