# print: + ^ | ?
# target: t
t: b a b | c c
a b c:
