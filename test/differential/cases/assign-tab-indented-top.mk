# print: A
	A := tab-at-top
