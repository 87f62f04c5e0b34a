# print: A
A := [$(.SUFFIXES)]
