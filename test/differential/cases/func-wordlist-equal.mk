# print: A
A := $(wordlist 2,2,a b c)
