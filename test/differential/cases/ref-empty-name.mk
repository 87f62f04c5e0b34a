# print: A
A := [$()][${}]
