# print: A B
A := $(wildcard func-wildcard-nonglob.mk nosuchfile)
B := $(wildcard func-wildcard-nonglob.d/x.txt func-wildcard-nonglob.d/?.txt)
