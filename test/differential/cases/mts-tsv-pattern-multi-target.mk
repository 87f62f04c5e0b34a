# Target-specific '+=' and ':=' on targets matched by a pattern rule with
# several targets.
# print: QVAR RVAR TVAR
# target: foo.t
QVAR = qvar
RVAR = =
%.r %.s %.t: ; @:
foo.r : RVAR += rvar
foo.t : TVAR := $(QVAR)
foo.t : RVAR += t
