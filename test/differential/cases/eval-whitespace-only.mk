# print: A
$(eval    )
A := ok
