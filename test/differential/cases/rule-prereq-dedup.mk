# print: V W
# target: t
a:
b:
t: a b a
t: b
t: V = $^
t: W = $+
