# .POSIX with a prerequisite, or among other targets, still counts.
a .POSIX: ;
X := 1
$(info [$(CC)] [$(.SHELLFLAGS)])
