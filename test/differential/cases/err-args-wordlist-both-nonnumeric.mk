A := $(wordlist a,b,c d)
