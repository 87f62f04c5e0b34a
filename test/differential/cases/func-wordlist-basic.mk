# print: A B C D
A := $(wordlist 2,3,foo bar baz)
B := [$(wordlist 3,2,foo bar baz)]
C := $(wordlist 2,99,foo bar baz)
D := [$(wordlist 4,5,foo bar baz)]
