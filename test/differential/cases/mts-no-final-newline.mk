# A makefile whose last line has no newline.
# print: BAR
FOO = foo
$(info FOO = $(FOO))
BAR = bar