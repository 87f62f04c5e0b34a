# print: A
A := $(wordlist 002,0003,a b c d)
