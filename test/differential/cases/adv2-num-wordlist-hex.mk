# print: A
A := [$(wordlist 1,0x10,a b c)]
