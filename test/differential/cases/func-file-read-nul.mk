# print: AFTER ARG REF WORDS
# A NUL byte read by $(file <F) stays in make's expansion buffer, and every
# buffer is a C string to what takes it: an assignment, a function's
# argument, a reference's value. What follows the NUL in the same buffer is
# lost with it (AFTER loses its `-`); a function's argument or a variable's
# value is a buffer of its own (ARG, REF keep what follows).
F := func-file-read-nul.d/nul.txt
AFTER := $(file <$(F))-
ARG := $(subst a,A,$(file <$(F)))-
W = $(file <$(F))
REF := <$(W)>
WORDS := $(words one $(file <$(F)) three four) $(words $(W) b)
$(info [$(file <$(F))] inline)
