# args: =3
# print: X
# An assignment with an empty name on the command line is fatal before any makefile is read.
X = x
$(info read)
