# A missing include whose recipe-less rule names a missing file directly.
include bar
all:
bar: nothere
