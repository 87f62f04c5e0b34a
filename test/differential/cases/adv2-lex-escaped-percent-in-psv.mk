# print: V
# target: a%b
a\%b: V := esc
