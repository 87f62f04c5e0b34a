# env: FC=env
# A definition from the makefile or the environment stays.
CC = mine
.SHELLFLAGS = -c
.POSIX:
X := 1
$(info [$(CC)] $(origin CC) [$(FC)] $(origin FC) [$(.SHELLFLAGS)] [$(CFLAGS)])
