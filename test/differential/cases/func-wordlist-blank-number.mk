# print: A B C D
# make's is_numeric() takes blanks alone for a number (atoi() makes them 0);
# nothing at all is not one. The parser takes the blanks before a first
# argument away, not those of the others, nor those a reference gives.
S := $() $()
A := [$(wordlist 1,	,a b c)]
B := [$(wordlist 2, ,a b c)]
C := [$(wordlist 1,$(S)2,a b c)]
D = $(word $(S),a b c)
