# Ground-truth driver: GNU make itself evaluates the kflags fragments and a
# directory makefile, and prints every object's compiler flags.  kflags must
# produce the same lists.  Run it through truth.sh, which sets:
#
#   KFLAGS_FRAGMENTS  path of src/kbuild/fragments
#   KFLAGS_PROFILE    path of a profile (profiles/<name>.mk)
#   obj               the directory, e.g. arch/x86/purgatory (run from the
#                     top of a tree that holds $(obj)/Makefile and its sources)
#
# Output, one line per object, in build order:
#   <object>: <flags>
# where <flags> is c_flags for objects built from .c files and a_flags for
# objects built from .S files (what follows $(CC) in the real command, up to
# "-c -o").

# The first target is the goal.
kflags-truth:

include $(KFLAGS_PROFILE)
include $(KFLAGS_FRAGMENTS)/toplevel.mk
include $(KFLAGS_FRAGMENTS)/subdir-prologue.mk
include $(obj)/Makefile
include $(KFLAGS_FRAGMENTS)/object-flags.mk

# Recipes print instead of compiling.  $(info) runs when make expands the
# recipe, with $@ set to the object, exactly like the compile command would.
kflags-print-cc_o_c = $(info $@: $(strip $(c_flags)))
kflags-print-as_o_S = $(info $@: $(strip $(a_flags)))
if_changed_rule = $(kflags-print-$(1))@:
if_changed      = @:
if_changed_dep  = @:

$(obj)/%.o: $(src)/%.c FORCE
	$(call if_changed_rule,cc_o_c)

$(obj)/%.o: $(src)/%.S FORCE
	$(call if_changed_rule,as_o_S)

# Sources outside the example directory (lib/crypto/sha256.c, ...) need not
# exist: their content does not matter for the flags.
%.c: ;

kflags-uniq = $(if $1,$(firstword $1) $(call kflags-uniq,$(filter-out $(firstword $1),$1)))
# The objects compiled here, as Kbuild's real-search finds them: a composite
# object (foo.o with foo-y, foo-objs or foo-m) stands for its parts; objects
# in subdirectories are those directories' business.
kflags-parts = $(strip $($(1)-objs) $($(1)-y) $($(1)-m))
kflags-real = $(foreach w,$(patsubst $(obj)/%,%,$1),$(if $(call kflags-parts,$(basename $(notdir $w))),$(patsubst $(obj)/%,%,$(call kflags-parts,$(basename $(notdir $w)))),$w))
kflags-here = $(foreach w,$1,$(if $(findstring /,$w),,$w))
kflags-objects := $(addprefix $(obj)/,$(call kflags-uniq,$(call kflags-here,$(filter %.o,$(call kflags-real,$(targets) $(obj-y) $(lib-y) $(obj-m))))))

kflags-truth: $(kflags-objects)
	@:

.PHONY: kflags-truth FORCE
