# print: A
A := [$(wordlist 1,+0,a b c)]
