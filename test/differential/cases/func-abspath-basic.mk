# print: A B C D
A := $(patsubst $(CURDIR)%,<CUR>%,$(abspath foo ./bar baz/../qux a//b/./c/))
B := $(abspath /x/../y /.. /./z)
C := [$(abspath )]
D := $(abspath /a/b/../../..)
