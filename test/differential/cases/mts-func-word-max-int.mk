# The largest 64-bit index is valid for word and wordlist (empty results);
# wordlist with end below start is empty; blanks around the numbers are fine.
S := a b c d e f
S2 := $(S) $(S) $(S)
$(info [$(word 9223372036854775807, $(S2))])
$(info [$(wordlist 9223372036854775807, 0, $(S2))])
$(info [$(wordlist 4, 3, $(S))] [$(wordlist 1 , 6  , $(S))] [$(word 1  , $(S))])
$(info [$(wordlist 7, 10, $(S2))] [$(wordlist 100, 110, $(S))])
