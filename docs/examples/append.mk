# += keeps the flavor of the variable it appends to.
OPT = -O2
rflags = $(OPT)
rflags += -g
sflags := $(OPT)
sflags += -g
OPT = -Os
# rflags sees the last OPT (-Os -g); sflags kept what OPT was at the := (-O2 -g).
