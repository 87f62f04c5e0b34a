# print: A B
A := [$(wildcard adv2-wildcard-escaped-star.d/\*.c)]
B := [$(wildcard adv2-wildcard-escaped-star.d/a\.c)]
