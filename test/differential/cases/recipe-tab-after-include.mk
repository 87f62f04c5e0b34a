# print: B
t:
-include recipe-tab-after-include.d/nothing.mk
	B := in-recipe
