# Only the first .POSIX sets them.
.POSIX:
CFLAGS := mine
.POSIX:
X := 1
$(info [$(CFLAGS)] $(origin CFLAGS))
