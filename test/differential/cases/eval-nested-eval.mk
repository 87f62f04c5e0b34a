# print: A
$(eval $$(eval A := nested))
