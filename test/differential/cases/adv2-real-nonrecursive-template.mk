# print: CFLAGS ^ OBJS
# target: out/lib1.a
define MODULE
$(1)_SRCS := $(2)
$(1)_OBJS := $$(patsubst %.c,out/%.o,$$($(1)_SRCS))
OBJS += $$($(1)_OBJS)
out/$(1).a: $$($(1)_OBJS)
out/$(1).a: CFLAGS += -DMOD_$(1)
$$($(1)_OBJS):
endef
CFLAGS := -O2
OBJS :=
$(foreach m,lib1 lib2,$(eval $(call MODULE,$(m),$(m)_a.c $(m)_b.c)))
