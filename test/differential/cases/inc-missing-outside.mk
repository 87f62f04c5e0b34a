# A plain include of a missing file outside the tree: make's own error.
include /nonexistent-kflags-dir/x.mk
$(info reached end)
