# An included file without targets and a makefile without any: No targets.
include mts-inc-empty-file-no-targets.d/empty.mk
