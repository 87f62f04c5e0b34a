# print: A
# The printer is read with the makefiles: an include that an $(eval) in a
# printed variable reads is one of theirs. Missing, it is reported with the
# makefile's own once reading is done, the latest mention first (make names
# the printer's line for it; kflags none).
include eval-print-include-missing.d/first.mk
A = $(eval include eval-print-include-missing.d/second.mk)a
