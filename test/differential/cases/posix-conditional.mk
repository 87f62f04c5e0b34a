# .POSIX in a branch not taken does nothing.
ifdef NOPE
.POSIX:
endif
X := a  \
  b
$(info [$(CC)] [$(X)])
