# kflags fragment: what a directory build sets up before it reads the
# directory's own makefile.
#
# Written for kflags as a model of the start of Linux's scripts/Makefile.build
# and of the helpers it takes from scripts/Kbuild.include; not a copy.
#
# Inputs: obj (the directory, e.g. obj=arch/x86/purgatory, given like a
# command-line variable), srctree (default ".").
#
# Read order that kflags and the ground-truth driver both use:
#   profiles/<name>.mk   configuration and toolchain
#   toplevel.mk          KBUILD_* flags as the top-level build exports them
#   subdir-prologue.mk   this file
#   $(obj)/Makefile      the directory's makefile (or its Kbuild file)
#   object-flags.mk      per-object c_flags / a_flags

srctree ?= .

# An in-tree build: sources live next to the objects.  (With O=, Kbuild
# prefixes src with the source tree; this model does not use O=.)
src := $(obj)

# The directory makefile starts from empty lists, whatever the parent had.
obj-y :=
obj-m :=
lib-y :=
lib-m :=
always-y :=
always-m :=
targets :=
subdir-y :=
subdir-m :=
EXTRA_AFLAGS :=
EXTRA_CFLAGS :=
EXTRA_CPPFLAGS :=
EXTRA_LDFLAGS :=
asflags-y :=
ccflags-y :=
cppflags-y :=
ldflags-y :=
subdir-asflags-y :=
subdir-ccflags-y :=

# ---- helpers (scripts/Kbuild.include) ----
comma  := ,
quote  := "
squote := '
empty  :=
space  := $(empty) $(empty)
pound  := \#

# Hidden files next to the target: arch/x86/purgatory/.purgatory.o.d
dot-target = $(dir $@).$(notdir $@)
depfile    = $(subst $(comma),_,$(dot-target).d)

# File name of the target without directory and suffix: purgatory
basetarget = $(basename $(notdir $@))

# '"text"' : a C string literal that survives the shell
stringify = $(squote)$(quote)$1$(quote)$(squote)

# Commands are not run by kflags; these exist so that directory makefiles
# that call them parse and expand without effect.
FORCE:
if_changed      = @:
if_changed_dep  = @:
if_changed_rule = @:
cmd             = @:
