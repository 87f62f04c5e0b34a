A := $(wordlist 1,2)
