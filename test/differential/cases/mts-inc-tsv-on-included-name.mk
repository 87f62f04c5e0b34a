# A target-specific variable on the name of a missing -include'd file
# creates a file entry but no rule: the include stays silent.
bar.mk: foo := baz
-include bar.mk
$(info reached end)
