# print: V
# target: t
t	:	V	=	1	
