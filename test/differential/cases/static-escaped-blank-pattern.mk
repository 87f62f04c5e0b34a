# A backslash-quoted blank in a static target pattern belongs to the pattern (one pattern, not two).
x.o: %\ b.o: %.c
%\ : %.c
y.o: %.o\ %.c: %.c
$(info [$(.DEFAULT_GOAL)])
