# $(shell) runs a command without shell syntax directly, as make's job.c
# does: a program that is not found is make's own message (status 127), not
# the shell's "not found"; output of a command that exits 127 goes to
# standard error instead of the result; a blank command runs nothing.
# Without PATH in the environment, a bare name is not found at all.
# shell: allow
a := $(shell exit 3)
b := $(shell   )
$(info blank: [$(b)] $(.SHELLSTATUS))
c := $(shell no-such-program-kflags arg)
$(info missing: [$(c)] $(.SHELLSTATUS))
d := $(shell ./no-such-dir/prog)
$(info missing path: [$(d)] $(.SHELLSTATUS))
e := $(shell shell-exec-no-shell.mk)
$(info not in PATH: [$(e)] $(.SHELLSTATUS))
f := $(shell ./shell-exec-no-shell.mk x)
$(info not executable: [$(f)] $(.SHELLSTATUS))
g := $(shell echo to-stderr; exit 127)
$(info status 127: [$(g)] $(.SHELLSTATUS))
h := $(shell echo kept; exit 126)
$(info status 126: [$(h)] $(.SHELLSTATUS))
i := $(shell cd /)
$(info builtin: [$(i)] $(.SHELLSTATUS))
SHELL := sh
j := $(shell echo x)
$(info SHELL by name: [$(j)] $(.SHELLSTATUS))
