# print: INLINE ASSIGNED SIMPLE
# shell: allow
# env: PATH=/usr/bin:/bin
# make reads a command's output as a C string: it ends at a NUL byte, and
# what follows the $(shell) call is kept (unlike $(file <F)'s NUL, see
# func-file-read-nul).
INLINE := [$(shell printf 'a\000b')] kept
ASSIGNED != printf 'c\000d'
SIMPLE := $(shell printf 'e\000f\nmore')-
