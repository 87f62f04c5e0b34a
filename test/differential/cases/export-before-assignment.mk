# An exported name keeps its mark when it is first assigned afterwards
# (Kbuild: `export BITS` in arch/x86/Makefile, BITS := 64 later).
# print: BITS ORIGIN NEVER
export BITS NEVER
BITS := 64
ORIGIN := $(origin NEVER) $(flavor NEVER)
all: ; @echo "[$$BITS]"
$(info $(origin BITS) $(flavor BITS))
