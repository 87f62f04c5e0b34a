# print: V
# target: t
$(eval t: V := evaled)
