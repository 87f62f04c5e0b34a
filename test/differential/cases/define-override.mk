# print: A O
# args: A=cmd
override define A
from file
endef
O := $(origin A)
