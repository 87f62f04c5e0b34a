# print: A
$(eval t: ; @echo hi)
A := ok
