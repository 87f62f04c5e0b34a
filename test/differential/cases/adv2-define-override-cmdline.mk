# print: X
# args: X=cmd
override define X
file
endef
