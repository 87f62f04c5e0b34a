# print: A O
override A := first
override A += second
A += ignored
O := $(origin A)
