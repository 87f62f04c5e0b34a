# print: A B
comma := ,
empty :=
space := $(empty) $(empty)
list := a b c
A := $(subst $(space),$(comma),$(list))
B := $(subst $(comma),;,x,y,,z)
