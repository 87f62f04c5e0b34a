# A $(shell) whose command dies of a signal: make's shell_completed() sets
# .SHELLSTATUS to 128 plus the signal's number (kill -9: 137), and the
# output written before the signal is kept.
# shell: allow
# print: LATE
x := [$(shell echo before; kill -9 $$$$)]
$(info kill -9: $(x) $(.SHELLSTATUS))
y != kill -TERM $$$$
$(info kill -TERM: [$(y)] $(.SHELLSTATUS))
z := $(shell kill -INT $$$$)
$(info kill -INT: $(.SHELLSTATUS))
w := $(shell kill -HUP $$$$)
$(info kill -HUP: $(.SHELLSTATUS))
LATE = $(shell kill -USR1 $$$$)$(.SHELLSTATUS)
