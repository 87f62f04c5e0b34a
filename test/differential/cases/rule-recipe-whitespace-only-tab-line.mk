# print: A
A := ok
	
