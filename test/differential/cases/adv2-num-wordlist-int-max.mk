# print: A
A := [$(wordlist 1,2147483647,a b c)]
