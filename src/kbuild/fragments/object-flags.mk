# kflags fragment: the compiler flags of one object, as Kbuild computes them.
#
# Written for kflags as a model of the flag part of Linux's scripts/Makefile.lib
# (v6.12); the structure follows the kernel so that results match real
# compile commands, the text is our own.
#
# Everything below is recursive (=) and meant to be expanded with $@ set to
# the object, e.g. $@ = arch/x86/purgatory/purgatory.o:
#   c_flags   flags for a C source   ($(CC) $(c_flags) -c -o $@ $<)
#   a_flags   flags for a .S source  ($(CC) $(a_flags) -c -o $@ $<)
#
# Per-directory inputs (set by the directory makefile):
#   ccflags-y, ccflags-remove-y, asflags-y, asflags-remove-y,
#   subdir-ccflags-y, subdir-asflags-y (also apply to subdirectories),
#   CFLAGS_<stem>.o, CFLAGS_REMOVE_<stem>.o, AFLAGS_<stem>.o,
#   AFLAGS_REMOVE_<stem>.o, and the instrumentation switches GCOV_PROFILE,
#   KASAN_SANITIZE, KMSAN_SANITIZE, UBSAN_SANITIZE, KCOV_INSTRUMENT,
#   KCSAN_SANITIZE (each also as <NAME>_<stem>.o; a value starting with n
#   switches the instrumentation off).

# Old spellings still honoured.
asflags-y  += $(EXTRA_AFLAGS)
ccflags-y  += $(EXTRA_CFLAGS)
cppflags-y += $(EXTRA_CPPFLAGS)

# Flags meant for this directory and every directory below it.
KBUILD_AFLAGS += $(subdir-asflags-y)
KBUILD_CFLAGS += $(subdir-ccflags-y)

# ---------------------------------------------------------------------------
# Which objects end up in the kernel.  A composite object foo.o lists its
# parts in foo-objs or foo-y; objects that are neither built in nor modules
# (like the purgatory's parts, listed only in purgatory-y) are not "kernel
# objects", so instrumentation stays off for them by default.

kflags-parts-of = $(strip $(foreach sfx,$2,$($(1:.o=$(sfx)))))
kflags-expand   = $(foreach o,$(filter %.o,$1),$(or $(call kflags-parts-of,$o,$2),$o))
kflags-composites = $(foreach o,$(filter %.o,$1),$(if $(call kflags-parts-of,$o,$2),$o))

kflags-obj-m := $(filter-out $(obj-y),$(obj-m))

real-obj-y   := $(addprefix $(obj)/,$(call kflags-expand,$(obj-y),-objs -y))
real-obj-m   := $(addprefix $(obj)/,$(call kflags-expand,$(kflags-obj-m),-objs -y -m))
multi-obj-ym := $(call kflags-composites,$(obj-y),-objs -y) \
                $(call kflags-composites,$(kflags-obj-m),-objs -y -m)
kflags-lib-y := $(addprefix $(obj)/,$(filter-out $(obj-y),$(lib-y) $(lib-m)))

part-of-builtin  = $(if $(filter $(basename $@).o,$(real-obj-y) $(kflags-lib-y)),y)
part-of-module   = $(if $(filter $(basename $@).o,$(real-obj-m)),y)
is-kernel-object = $(or $(part-of-builtin),$(part-of-module))

# ---------------------------------------------------------------------------
# Names.  target-stem is the object's path below $(obj) without suffix.

target-stem = $(basename $(patsubst $(obj)/%,%,$@))

# The module (composite object) this object is part of, else its own name.
modname-multi = $(sort $(foreach m,$(multi-obj-ym), \
                  $(if $(filter $(target-stem).o,$(call kflags-parts-of,$m,-objs -y -m)),$(m:.o=))))
__modname = $(or $(modname-multi),$(basetarget))
modname   = $(subst $(space),:,$(__modname))
modfile   = $(addprefix $(obj)/,$(__modname))

# C identifiers cannot hold '-' or ','.
name-fix-token = $(subst $(comma),_,$(subst -,_,$1))
name-fix       = $(call stringify,$(call name-fix-token,$1))

basename_flags = -DKBUILD_BASENAME=$(call name-fix,$(basetarget))
modname_flags  = -DKBUILD_MODNAME=$(call name-fix,$(modname)) \
                 -D__KBUILD_MODNAME=kmod_$(call name-fix-token,$(modname))
modfile_flags  = -DKBUILD_MODFILE=$(call stringify,$(modfile))

# ---------------------------------------------------------------------------
# The core.  Order matters and is the kernel's:
#   1. the directory-wide removals (ccflags-remove-y) apply to the global
#      flags and ccflags-y, but not to the object's own CFLAGS_<stem>.o;
#   2. the object's removals (CFLAGS_REMOVE_<stem>.o) apply to all of that,
#      the object's own additions included.
# filter-out works on words with make patterns (% matches any run).

_c_flags = $(filter-out $(CFLAGS_REMOVE_$(target-stem).o), \
             $(filter-out $(ccflags-remove-y), \
               $(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS) $(ccflags-y)) \
             $(CFLAGS_$(target-stem).o))

_a_flags = $(filter-out $(AFLAGS_REMOVE_$(target-stem).o), \
             $(filter-out $(asflags-remove-y), \
               $(KBUILD_CPPFLAGS) $(KBUILD_AFLAGS) $(asflags-y)) \
             $(AFLAGS_$(target-stem).o))

_cpp_flags = $(KBUILD_CPPFLAGS) $(cppflags-y) $(CPPFLAGS_$(target-stem).lds)

# ---------------------------------------------------------------------------
# Instrumentation.  Each switch is looked up per object first, then per
# directory, then the global default; the first non-empty answer decides,
# and an answer starting with "n" means no.  Only enabled features add
# anything.  (kflags-instr OBJVAR,DIRVAR,DEFAULT,FLAGS[,ELSE])

kflags-instr = $(if $(patsubst n%,,$($1_$(target-stem).o)$($1)$2),$3,$4)

ifeq ($(CONFIG_GCOV_KERNEL),y)
_c_flags += $(call kflags-instr,GCOV_PROFILE,$(if $(is-kernel-object),$(CONFIG_GCOV_PROFILE_ALL)),$(CFLAGS_GCOV))
endif

ifeq ($(CONFIG_KASAN),y)
ifneq ($(CONFIG_KASAN_HW_TAGS),y)
_c_flags += $(call kflags-instr,KASAN_SANITIZE,$(is-kernel-object),$(CFLAGS_KASAN),$(CFLAGS_KASAN_NOSANITIZE))
endif
endif

ifeq ($(CONFIG_KMSAN),y)
_c_flags += $(call kflags-instr,KMSAN_SANITIZE,$(is-kernel-object),$(CFLAGS_KMSAN))
_c_flags += $(call kflags-instr,KMSAN_ENABLE_CHECKS,$(is-kernel-object),,-mllvm -msan-disable-checks=1)
endif

ifeq ($(CONFIG_UBSAN),y)
_c_flags += $(call kflags-instr,UBSAN_SANITIZE,$(is-kernel-object),$(CFLAGS_UBSAN))
endif

ifeq ($(CONFIG_KCOV),y)
_c_flags += $(call kflags-instr,KCOV_INSTRUMENT,$(if $(is-kernel-object),$(CONFIG_KCOV_INSTRUMENT_ALL)),$(CFLAGS_KCOV))
endif

ifeq ($(CONFIG_KCSAN),y)
_c_flags += $(call kflags-instr,KCSAN_SANITIZE,$(is-kernel-object),$(CFLAGS_KCSAN))
endif

# Out-of-tree builds (O=) also search the source and object directories.
ifdef building_out_of_srctree
_c_flags   += $(addprefix -I,$(src) $(obj))
_a_flags   += $(addprefix -I,$(src) $(obj))
_cpp_flags += $(addprefix -I,$(src) $(obj))
endif

# ---------------------------------------------------------------------------
# Built-in objects get the _KERNEL flags and KBUILD_MODFILE, modules the
# _MODULE flags.

modkern_cflags = $(if $(part-of-module), \
                   $(KBUILD_CFLAGS_MODULE) $(CFLAGS_MODULE), \
                   $(KBUILD_CFLAGS_KERNEL) $(CFLAGS_KERNEL) $(modfile_flags))

modkern_aflags = $(if $(part-of-module), \
                   $(KBUILD_AFLAGS_MODULE) $(AFLAGS_MODULE), \
                   $(KBUILD_AFLAGS_KERNEL) $(AFLAGS_KERNEL) $(modfile_flags))

# ---------------------------------------------------------------------------
# The complete flag lists.  C files get compiler_types.h forced in and a
# KBUILD_BASENAME; assembler files get neither.

c_flags = -Wp,-MMD,$(depfile) $(NOSTDINC_FLAGS) $(LINUXINCLUDE) \
          -include $(srctree)/include/linux/compiler_types.h \
          $(_c_flags) $(modkern_cflags) \
          $(basename_flags) $(modname_flags)

a_flags = -Wp,-MMD,$(depfile) $(NOSTDINC_FLAGS) $(LINUXINCLUDE) \
          $(_a_flags) $(modkern_aflags) $(modname_flags)

cpp_flags = -Wp,-MMD,$(depfile) $(NOSTDINC_FLAGS) $(LINUXINCLUDE) \
            $(_cpp_flags)
