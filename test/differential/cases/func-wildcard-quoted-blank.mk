# $(wildcard) reads its names as parse_file_seq() does (function.c
# string_glob()): a backslash-quoted blank belongs to the name and loses its
# backslash (an even run of backslashes halves and quotes nothing), and a
# leading ./ stays (PARSEFS_NOSTRIP). kflags split at every blank, so that
# `\ a.c` found a.c (the fuzzer's `\\\` continuation gives such a word).
D := func-wildcard-quoted-blank.d
$(info 1 [$(wildcard $(D)/sp\ ace.c)] [$(wildcard $(D)/sp\ ace.*)] [$(wildcard $(D)/sp\	ace.c)])
$(info 2 [$(wildcard \ $(D)/a.c)] [$(wildcard $(D)/a.c\ )] [$(wildcard \\ $(D)/a.c)])
$(info 3 [$(wildcard $(D)/sp\\ ace.c)] [$(wildcard $(D)/sp\\\ ace.c)])
X := ${wildcard \\\
	$(D)/../$(D)/a.c}
$(info 4 [$(X)])
$(info 5 [$(wildcard ./$(D)/a.c .//$(D)/b.c ././$(D)/*.c)])
$(info 6 [$(wildcard $(D)/a\.c $(D)/\b.c)])
