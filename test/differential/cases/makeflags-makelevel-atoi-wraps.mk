# env: MAKELEVEL=99999999999
# main.c: makelevel = (unsigned int) atoi (MAKELEVEL): a number too large
# for an int keeps its low 32 bits (99999999999 is 1215752191 there).
$(info [$(MAKELEVEL)] [$(MAKEFLAGS)])
