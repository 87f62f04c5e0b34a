# A vpath pattern whose `%` is quoted (`s\%.c`) is kept unquoted, `s%.c`
# with no `%` found; vpath.c's pattern_matches() then looks for a `%` again
# in that text, so it matches as `s%.c` does (s.c is found). kflags
# compared `s%.c` literally.
# target: t
# print: < ^
vpath s\%.c vpath-escaped-percent.d/sub
t: s.c
$(info reached end)
