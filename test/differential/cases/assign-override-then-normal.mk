# print: A
override A := first
A := second
A += third
