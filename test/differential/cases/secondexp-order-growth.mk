# target: print-here
# print: COUNT SEEN
# 2,000 targets made by $(eval): make's file table grows from 1024 slots to
# 2048 at the 961st name and to 4096 at the 1921st, each time putting the
# names back in their old slots' order (hash.c hash_rehash()). Second
# expansion follows the final slots.
.SECONDEXPANSION:
D := 0 1 2 3 4 5 6 7 8 9
$(foreach a,$(D),$(foreach b,$(D),$(foreach c,$(D),$(foreach s,x y,$(eval $s$a$b$c: $$$$(eval SEEN += $s$a$b$c))))))
COUNT = $(words $(SEEN))
