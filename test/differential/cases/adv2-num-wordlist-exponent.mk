# print: A
A := [$(wordlist 1,1e2,a b c)]
