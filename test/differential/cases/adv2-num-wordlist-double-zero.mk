# print: A
A := [$(wordlist 1,00,a b c)]
