# print: A B C
A := [$(wordlist 3,2,a b c d)]
B := [$(wordlist 2,100,a b c d)]
C := [$(wordlist 5,9,a b c d)]
