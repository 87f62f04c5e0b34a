# print: A
A		:=	tabbed
