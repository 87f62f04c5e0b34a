# $$+ in a second-expanded rule repeats the duplicates read so far.
# print: P Q
# target: all
all : foo foo
.SECONDEXPANSION:
all : $$+
foo : ;
P = $+
Q = $^
