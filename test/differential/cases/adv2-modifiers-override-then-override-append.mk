# print: A
override A := a
override A += b
A := c
