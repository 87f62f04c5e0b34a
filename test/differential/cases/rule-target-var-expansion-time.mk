# print: V
# target: late
T := early
$(T): V := x
T := late
late: V += y
