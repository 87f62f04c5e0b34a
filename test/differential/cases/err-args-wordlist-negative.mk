A := $(wordlist -1,2,a b)
