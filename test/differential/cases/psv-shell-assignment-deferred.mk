# A pattern-specific `!=` (read.c record_target_var() only parses it) runs
# when a target takes its pattern variables (variable.c
# initialize_file_variables(): do_variable_definition() in the pattern set):
# its command is expanded then (V is `late`), .SHELLSTATUS is set in that
# set, not the global one, and a command-line value is run as the command.
# kflags ran it when the line was read.
# shell: allow
# target: t.o
# print: Y Z A C .SHELLSTATUS
# args: C=echo$$IFS$$((6*7))
V = early
%: Y != echo y-$(V); exit 3
t%: Z != echo z-$(V) $$((1+1))
%.o: A = a
%.o: A += $(shell echo $(V); exit 4)[$(.SHELLSTATUS)]
%: C != echo no
V = late
$(info after reading: [$(.SHELLSTATUS)])
