# An included file with a rule whose prerequisite has no rule.
default:; @echo DEFAULT
include inc1
inc1: foo; echo > $@
