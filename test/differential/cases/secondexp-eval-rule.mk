# An $(eval) in a second expansion may define variables, but not a rule:
# snap_deps() has begun (read.c record_files(): "prerequisites cannot be
# defined in recipes", even without prerequisites). The eval is at the
# line where the file's recipe starts, or at the outermost variable being
# expanded; a's and b's expansions come first or not by make's file table.
.SECONDEXPANSION:
R = $(eval c: ; @:)
V = $(eval X := set by V)
a: $$(V)$$(info a sees X=$$(X))
b: $$(info b sees X=$$(X))
z: $$(info z)$$(R)$$(info never)
