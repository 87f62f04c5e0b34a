# print: V W
# target: t
X := g
t: X := tx
t: V := $(X)
t: W = $(X)
