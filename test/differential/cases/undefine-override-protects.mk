# print: A
override A := kept
undefine A
