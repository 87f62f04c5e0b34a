# .POSIX: make's POSIX defaults (ARFLAGS, CC, CFLAGS, FC, FFLAGS, SCCSGETFLAGS, .SHELLFLAGS).
V1 := $(.VARIABLES)
.POSIX:
X := 1
$(foreach v,$(sort $(filter-out $(V1) V1 X,$(.VARIABLES))),$(info $v=[$($v)] $(origin $v) $(flavor $v)))
$(info [$(.SHELLFLAGS)] $(origin .SHELLFLAGS))
