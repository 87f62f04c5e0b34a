# A target's ':=' makes BLAH simple; its '+=' onto the global recursive
# COMMAND gives a recursive value seeing the target's BLAH.
# print: COMMAND BLAH
# target: a
BLAH := foo
COMMAND = echo $(BLAH)
a: BLAH := bar
a: COMMAND += snafu $(BLAH)
