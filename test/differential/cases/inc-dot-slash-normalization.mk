# print: L
include ./inc-dot-slash-normalization.d/x.mk
L := $(MAKEFILE_LIST)
