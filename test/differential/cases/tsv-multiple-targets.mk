# print: V
# target: b
a b c: V := shared
