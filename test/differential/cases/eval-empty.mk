# print: A
$(eval )
$(eval)
A := ok
