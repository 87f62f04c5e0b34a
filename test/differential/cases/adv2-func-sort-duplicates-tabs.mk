# print: A
A := [$(sort b	a  b a		c )]
