# print: A B
ifneq (a,b)
A := ne
endif
ifneq "a" "a"
B := wrong
else
B := right
endif
