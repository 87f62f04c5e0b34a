# print: A
A := $(wordlist 1,z,a b c)
