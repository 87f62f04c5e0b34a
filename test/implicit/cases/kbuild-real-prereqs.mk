# goal: obj/built-in.a
# files: obj/a.o obj/b.o obj/sub/built-in.a
# Kbuild's idioms: real-prereqs and newer-prereqs filter the phony FORCE
# out of $^ and $? (a target that does not exist: every prerequisite is newer).
PHONY := FORCE
real-prereqs = $(filter-out $(PHONY), $^)
newer-prereqs = $(filter-out $(PHONY),$?)
obj := obj
subdir-builtin := $(obj)/sub/built-in.a
$(obj)/built-in.a: $(obj)/a.o $(obj)/b.o $(subdir-builtin) FORCE
	@:$(info [$(real-prereqs)|$(newer-prereqs)|$@])
$(subdir-builtin): $(obj)/%/built-in.a: $(obj)/% ;
FORCE:
.PHONY: $(PHONY)
