# print: A
# args: A=cmd
override define A
from define
endef
