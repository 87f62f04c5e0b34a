# print: V
# target: b
T := a b c
$(T): V = $@ in list
