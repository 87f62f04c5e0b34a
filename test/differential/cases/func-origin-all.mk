# print: A B C D E F G
# args: CMD=1
# env: ENVV=e
r = x
s := y
override o := z
A := $(origin undefinedvar)
B := $(origin r) $(origin s) $(origin o)
C := $(origin CMD)
D := $(origin ENVV)
E := $(origin MAKE) $(origin CURDIR) $(origin MAKEFILE_LIST)
F := $(origin @) $(origin .VARIABLES)
G := $(origin  r )
