# print: A
$(empty): prereq
A := ok
