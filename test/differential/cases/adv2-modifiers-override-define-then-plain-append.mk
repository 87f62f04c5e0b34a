# print: A
override define A
a
endef
A += b
