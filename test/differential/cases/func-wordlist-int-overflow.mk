# wordlist counts in a C int: the count end - start + 1 wraps.
W := a b c d e
$(info [$(wordlist 2,2147483648,$W)] [$(wordlist 1,2147483648,$W)] [$(wordlist 3,2147483649,$W)] [$(wordlist 2147483647,2147483648,$W)] [$(wordlist 2,2147483647,$W)] [$(wordlist 3,6442450943,$W)])
