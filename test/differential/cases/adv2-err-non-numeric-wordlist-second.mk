A := $(wordlist 1,x,a b)
