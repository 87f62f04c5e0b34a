# print: A B C D
ifeq "a" "a"
A := dq
endif
ifeq 'a' 'a'
B := sq
endif
ifeq "a" 'a'
C := mixed
endif
ifeq " a" "a"
D := eq
else
D := quoted-space-significant
endif
