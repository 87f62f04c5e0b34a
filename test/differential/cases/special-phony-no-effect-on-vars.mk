# print: A
.PHONY: a b
A := $(origin .PHONY)
