# print: A
A := [$(wordlist 1,-2147483648,a b c)]
