# print: A B C
A := $(patsubst $(CURDIR)/%,<CUR>/%,$(realpath func-realpath-basic.mk))
B := [$(realpath does-not-exist.txt)]
C := $(realpath /)
