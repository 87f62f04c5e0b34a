# print: V W
# target: t
V := g
t: private W := p
t: V += x
