# target: print-here
# print: SEEN
# At the growth: make enters print-here (the goal), .SUFFIXES, .DEFAULT,
# this makefile, .SECONDEXPANSION, then 956 targets. 1024 slots hold 960
# names (15/16); the 961st doubles the table (hash.c hash_insert_at()).
# make also reads the printer (one more name, entered last, before second
# expansion): 955 targets would grow make's table only (file-table.test.ts
# asks make without a printer there).
.SECONDEXPANSION:
D := 0 1 2 3 4 5 6 7 8 9
ALL := $(foreach a,$(D),$(foreach b,$(D),$(foreach c,$(D),t$a$b$c)))
$(foreach n,$(wordlist 1,956,$(ALL)),$(eval $n: $$$$(eval SEEN += $n)))
