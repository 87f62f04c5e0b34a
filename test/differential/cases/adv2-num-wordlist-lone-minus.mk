# print: A
A := [$(wordlist 1,-,a b c)]
