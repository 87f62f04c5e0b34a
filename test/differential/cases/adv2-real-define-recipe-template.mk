# print: .DEFAULT_GOAL ^ LDFLAGS
# target: tool
define LINK
$(1): $(2)
	$$(CC) -o $$@ $$^
$(1): LDFLAGS += -l$(1)
endef
define DEPS
$(1): $(2)
$(1): LDFLAGS += -l$(1)
endef
LDFLAGS := -L.
$(eval $(call LINK,prog,main.o util.o))
$(eval $(call DEPS,tool,util.o))
main.o util.o:
