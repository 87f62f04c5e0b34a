# print: A B
A := [$@][$<][$^][$*]
B := $(words $a $b)
a := 1
b := 2
