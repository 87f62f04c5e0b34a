# print: A
A := [$(wordlist 1,1 2,a b c)]
