# A missing include whose recipe-less rule needs only recipe-less targets:
# nothing to report.
include bar
all:
bar: baz
baz:
$(info reached end)
