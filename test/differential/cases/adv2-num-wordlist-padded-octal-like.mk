# print: A
A := [$(wordlist 1, 07 ,a b c)]
