# print: A B
comma := ,
ifeq (a$(comma)b,a,b)
A := yes
else
A := no
endif
ifeq "a,b" "a,b"
B := quoted-comma
endif
