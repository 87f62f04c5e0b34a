# print: A
A :=	x	y	
A := [$(A)]
