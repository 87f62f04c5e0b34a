# print: A B
$(eval A := from eval)
$(eval B = $$(A) again)
