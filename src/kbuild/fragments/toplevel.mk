# kflags fragment: the flags that Linux's top-level build hands to a directory
# build on x86_64.
#
# This is a model written for kflags, not a copy of the kernel's makefiles.
# It follows the order in which the v6.12 top-level Makefile, its
# scripts/Makefile.clang, arch/x86/Makefile, scripts/Makefile.debug and
# scripts/Makefile.extrawarn append to KBUILD_CPPFLAGS, KBUILD_CFLAGS and
# KBUILD_AFLAGS, so that the words come out in the same order as in a real
# compile command.
#
# Inputs (read with the usual make precedence, the command line wins):
#   CONFIG_*              the configuration, from a profile (profiles/*.mk) or
#                         an included .config / auto.conf; unset options are
#                         simply undefined, as in include/config/auto.conf
#   CONFIG_CC_IS_GCC / CONFIG_CC_IS_CLANG, LLVM
#                         which compiler the configuration was made for
#   KCPPFLAGS, KCFLAGS, KAFLAGS
#                         user additions, appended last (the kernel's hook for
#                         out-of-tree additions such as profile-guided flags)
#   srctree, objtree      default "." (an in-tree build, no O=)
#
# Compiler probes.  The real makefiles ask the compiler through cc-option,
# cc-disable-warning, cc-option-yn, as-option and friends, each a $(shell)
# call.  This model never runs the compiler: every probe is replaced by its
# answer written as a plain value, and the model assumes the flag is
# supported.  The only exceptions are a few flags that older compilers lack;
# for those the answer depends on CONFIG_GCC_VERSION / CONFIG_CLANG_VERSION
# (as Kconfig records them, e.g. 120200 or 140006).  When the version is not
# given, the compiler is taken to be new enough for every flag.
#
# Nothing in this file runs a shell command.

srctree ?= .
objtree ?= .

# Non-empty when the configured compiler predates a flag.  Versions are
# compared by their leading digits, which is enough for the 5- and 6-digit
# numbers Kconfig writes (GCC 5..12, Clang 10..15).
kflags-gcc-before-13   := $(filter 4% 5% 6% 7% 8% 9% 10% 11% 12%,$(CONFIG_GCC_VERSION))
kflags-clang-before-16 := $(filter 10% 11% 12% 13% 14% 15%,$(CONFIG_CLANG_VERSION))

# Helpers also defined by scripts/Kbuild.include.
comma := ,
empty :=
space := $(empty) $(empty)

# --------------------------------------------------------------------------
# Toolchain (top-level Makefile: LLVM=1 selects the whole LLVM toolchain).

ifneq ($(LLVM),)
CC  = clang
LD  = ld.lld
AR  = llvm-ar
else
CC  = gcc
LD  = ld
AR  = ar
endif
export CC LD AR

ARCH    ?= x86_64
SRCARCH := x86

# --------------------------------------------------------------------------
# Include paths.  building_out_of_srctree is set only with O=, which this
# model does not use; it is honoured if given.

NOSTDINC_FLAGS :=
CFLAGS_KERNEL   =
AFLAGS_KERNEL   =
CFLAGS_MODULE   =
AFLAGS_MODULE   =

USERINCLUDE := \
	-I$(srctree)/arch/$(SRCARCH)/include/uapi \
	-I$(objtree)/arch/$(SRCARCH)/include/generated/uapi \
	-I$(srctree)/include/uapi \
	-I$(objtree)/include/generated/uapi \
	-include $(srctree)/include/linux/compiler-version.h \
	-include $(srctree)/include/linux/kconfig.h

LINUXINCLUDE := \
	-I$(srctree)/arch/$(SRCARCH)/include \
	-I$(objtree)/arch/$(SRCARCH)/include/generated \
	$(if $(building_out_of_srctree),-I$(srctree)/include) \
	-I$(objtree)/include \
	$(USERINCLUDE)

# --------------------------------------------------------------------------
# The base sets.

KBUILD_AFLAGS := -D__ASSEMBLY__ -fno-PIE

KBUILD_CFLAGS :=
KBUILD_CFLAGS += -std=gnu11 -fshort-wchar -funsigned-char -fno-common
KBUILD_CFLAGS += -fno-PIE -fno-strict-aliasing

KBUILD_CPPFLAGS := -D__KERNEL__

KBUILD_AFLAGS_KERNEL :=
KBUILD_CFLAGS_KERNEL :=
KBUILD_AFLAGS_MODULE := -DMODULE
KBUILD_CFLAGS_MODULE := -DMODULE
CLANG_FLAGS :=

export KBUILD_CPPFLAGS NOSTDINC_FLAGS LINUXINCLUDE
export KBUILD_CFLAGS CFLAGS_KERNEL CFLAGS_MODULE
export KBUILD_AFLAGS AFLAGS_KERNEL AFLAGS_MODULE
export KBUILD_AFLAGS_KERNEL KBUILD_CFLAGS_KERNEL
export KBUILD_AFLAGS_MODULE KBUILD_CFLAGS_MODULE

# --------------------------------------------------------------------------
# Clang only (scripts/Makefile.clang): target triple, integrated assembler,
# and turning "unknown option" warnings into errors.

ifdef CONFIG_CC_IS_CLANG
CLANG_FLAGS += --target=x86_64-linux-gnu
ifeq ($(LLVM_IAS),0)
CLANG_FLAGS += -fno-integrated-as
else
CLANG_FLAGS += -fintegrated-as
endif
CLANG_FLAGS += -Werror=unknown-warning-option
CLANG_FLAGS += -Werror=ignored-optimization-argument
CLANG_FLAGS += -Werror=option-ignored
CLANG_FLAGS += -Werror=unused-command-line-argument
KBUILD_CPPFLAGS += $(CLANG_FLAGS)
export CLANG_FLAGS
endif

# --------------------------------------------------------------------------
# The function tracer's base flag; the arch part below may add to it.

ifdef CONFIG_FUNCTION_TRACER
CC_FLAGS_FTRACE := -pg
endif

# ==========================================================================
# arch/x86/Makefile, 64-bit branch

# Retpoline spellings differ between the compilers.  GCC's answer comes
# from a probe (answered "supported"); Clang's is unconditional.
ifdef CONFIG_CC_IS_GCC
RETPOLINE_CFLAGS      := -mindirect-branch=thunk-extern -mindirect-branch-register
RETPOLINE_VDSO_CFLAGS := -mindirect-branch=thunk-inline -mindirect-branch-register
endif
ifdef CONFIG_CC_IS_CLANG
RETPOLINE_CFLAGS      := -mretpoline-external-thunk
RETPOLINE_VDSO_CFLAGS := -mretpoline
endif
# Probe for the CS prefix on indirect thunk calls: GCC 12 says yes,
# Clang says yes from version 16 on.
ifeq ($(kflags-clang-before-16),)
RETPOLINE_CFLAGS += -mindirect-branch-cs-prefix
endif

ifdef CONFIG_MITIGATION_RETHUNK
RETHUNK_CFLAGS   := -mfunction-return=thunk-extern
RETPOLINE_CFLAGS += $(RETHUNK_CFLAGS)
endif
export RETHUNK_CFLAGS RETPOLINE_CFLAGS RETPOLINE_VDSO_CFLAGS

# Stack alignment: GCC spells it -mpreferred-stack-boundary=N (log2 bytes),
# Clang -mstack-alignment=N (bytes).
ifdef CONFIG_CC_IS_GCC
cc_stack_align8 := -mpreferred-stack-boundary=3
else
cc_stack_align8 := -mstack-alignment=8
endif

BITS := 64
export BITS

# No floating point or vector code in the kernel.
KBUILD_CFLAGS += -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx

ifeq ($(CONFIG_X86_KERNEL_IBT),y)
KBUILD_CFLAGS += -fcf-protection=branch -fno-jump-tables
else
KBUILD_CFLAGS += -fcf-protection=none
endif

KBUILD_AFLAGS += -m64
KBUILD_CFLAGS += -m64
# -falign-jumps=1 is a GCC option; Clang rejects it, so its probe fails.
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -falign-jumps=1
endif
KBUILD_CFLAGS += -falign-loops=1
KBUILD_CFLAGS += -mno-80387 -mno-fp-ret-in-387
KBUILD_CFLAGS += $(cc_stack_align8)
KBUILD_CFLAGS += -mskip-rax-setup

x86-tune-$(CONFIG_GENERIC_CPU) += -mtune=generic
x86-tune-$(CONFIG_MK8)         += -march=k8
x86-tune-$(CONFIG_MCORE2)      += -march=core2
KBUILD_CFLAGS += $(x86-tune-y)

# The kernel proper runs without a red zone in the top 2 GiB.
KBUILD_CFLAGS += -mno-red-zone
KBUILD_CFLAGS += -mcmodel=kernel

KBUILD_CFLAGS += -Wno-sign-compare
KBUILD_CFLAGS += -fno-asynchronous-unwind-tables

# The config symbol was renamed in v6.9: CONFIG_RETPOLINE (6.1) became
# CONFIG_MITIGATION_RETPOLINE (6.12).  Either one enables the flags here.
ifneq ($(CONFIG_MITIGATION_RETPOLINE)$(CONFIG_RETPOLINE),)
KBUILD_CFLAGS += $(RETPOLINE_CFLAGS)
# Clang already avoids jump tables under retpoline; GCC needs telling.
ifndef CONFIG_CC_IS_CLANG
KBUILD_CFLAGS += -fno-jump-tables
endif
endif

ifdef CONFIG_MITIGATION_SLS
KBUILD_CFLAGS += -mharden-sls=all
endif

ifdef CONFIG_CALL_PADDING
PADDING_CFLAGS := -fpatchable-function-entry=$(CONFIG_FUNCTION_PADDING_BYTES),$(CONFIG_FUNCTION_PADDING_BYTES)
KBUILD_CFLAGS += $(PADDING_CFLAGS)
export PADDING_CFLAGS
endif

# ==========================================================================
# Back in the top-level Makefile, after the arch makefile

KBUILD_CFLAGS += -fno-delete-null-pointer-checks

ifdef CONFIG_CC_OPTIMIZE_FOR_PERFORMANCE
KBUILD_CFLAGS += -O2
else ifdef CONFIG_CC_OPTIMIZE_FOR_SIZE
KBUILD_CFLAGS += -Os
endif

# GCC: keep the optimizer from inventing stores.  Of the two spellings,
# GCC 12 accepts only the second (the --param form was dropped in GCC 10).
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -fno-allow-store-data-races
endif

# Exactly one stack-protector flag: the last assignment that applies wins.
stackp-flags-y                               := -fno-stack-protector
stackp-flags-$(CONFIG_STACKPROTECTOR)        := -fstack-protector
stackp-flags-$(CONFIG_STACKPROTECTOR_STRONG) := -fstack-protector-strong
KBUILD_CFLAGS += $(stackp-flags-y)

ifdef CONFIG_FRAME_POINTER
KBUILD_CFLAGS += -fno-omit-frame-pointer -fno-optimize-sibling-calls
else
# -pg does not mix with -fomit-frame-pointer, so only without the tracer.
ifndef CONFIG_FUNCTION_TRACER
KBUILD_CFLAGS += -fomit-frame-pointer
endif
endif

ifdef CONFIG_INIT_STACK_ALL_PATTERN
KBUILD_CFLAGS += -ftrivial-auto-var-init=pattern
endif
ifdef CONFIG_INIT_STACK_ALL_ZERO
KBUILD_CFLAGS += -ftrivial-auto-var-init=zero
# Clang before 16 wanted an extra opt-in flag (Kconfig detects it).
ifdef CONFIG_CC_HAS_AUTO_VAR_INIT_ZERO_ENABLER
CC_AUTO_VAR_INIT_ZERO_ENABLER := -enable-trivial-auto-var-init-zero-knowing-it-will-be-removed-from-clang
export CC_AUTO_VAR_INIT_ZERO_ENABLER
KBUILD_CFLAGS += $(CC_AUTO_VAR_INIT_ZERO_ENABLER)
endif
endif

KBUILD_CFLAGS += -fno-stack-clash-protection

ifdef CONFIG_ZERO_CALL_USED_REGS
KBUILD_CFLAGS += -fzero-call-used-regs=used-gpr
endif

ifdef CONFIG_FUNCTION_TRACER
# Where the mcount call sites get recorded: by the compiler (GCC,
# -mrecord-mcount) or by objtool (Clang), which can also turn them into NOPs.
ifdef CONFIG_FTRACE_MCOUNT_USE_CC
CC_FLAGS_FTRACE += -mrecord-mcount
endif
ifdef CONFIG_FTRACE_MCOUNT_USE_OBJTOOL
ifdef CONFIG_HAVE_OBJTOOL_NOP_MCOUNT
CC_FLAGS_USING += -DCC_USING_NOP_MCOUNT
endif
endif
ifdef CONFIG_HAVE_FENTRY
CC_FLAGS_FTRACE += -mfentry
CC_FLAGS_USING  += -DCC_USING_FENTRY
endif
export CC_FLAGS_FTRACE
KBUILD_CFLAGS += $(CC_FLAGS_FTRACE) $(CC_FLAGS_USING)
KBUILD_AFLAGS += $(CC_FLAGS_USING)
endif

ifdef CONFIG_LD_DEAD_CODE_DATA_ELIMINATION
KBUILD_CFLAGS_KERNEL += -ffunction-sections -fdata-sections
endif

# Link-time optimization.  CC_FLAGS_LTO exists only for Clang LTO; it ends
# with -fvisibility=hidden in both the thin and the full flavour.
ifdef CONFIG_LTO_CLANG
ifdef CONFIG_LTO_CLANG_THIN
CC_FLAGS_LTO := -flto=thin -fsplit-lto-unit
else
CC_FLAGS_LTO := -flto
endif
CC_FLAGS_LTO += -fvisibility=hidden
endif

# -fno-lto comes first so that a directory which filters out $(CC_FLAGS_LTO)
# is still compiled without LTO.  Assembler files only ever get -fno-lto.
ifdef CONFIG_LTO
KBUILD_CFLAGS += -fno-lto $(CC_FLAGS_LTO)
KBUILD_AFLAGS += -fno-lto
export CC_FLAGS_LTO
endif

# Kernel control-flow integrity (kCFI, Clang 16 and later).
ifdef CONFIG_CFI_CLANG
CC_FLAGS_CFI := -fsanitize=kcfi
KBUILD_CFLAGS += $(CC_FLAGS_CFI)
export CC_FLAGS_CFI
endif

ifneq ($(CONFIG_FUNCTION_ALIGNMENT),)
ifneq ($(CONFIG_FUNCTION_ALIGNMENT),0)
KBUILD_CFLAGS += -falign-functions=$(CONFIG_FUNCTION_ALIGNMENT)
endif
endif

NOSTDINC_FLAGS += -nostdinc

# Probed: GCC 13+ and Clang 16+ have it.
ifeq ($(kflags-gcc-before-13)$(kflags-clang-before-16),)
KBUILD_CFLAGS += -fstrict-flex-arrays=3
endif
KBUILD_CFLAGS += -fno-strict-overflow
KBUILD_CFLAGS += -fno-stack-check
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -fconserve-stack
endif
# Debian's 6.12.y tree adds this flag twice (two stable backports of the
# same change), so real commands carry two copies; modelled as-is.
KBUILD_CFLAGS += -fno-builtin-wcslen
KBUILD_CFLAGS += -fno-builtin-wcslen

# Instrumentation flag sets.  They are not added to KBUILD_CFLAGS here; the
# per-object rules (object-flags.mk) add them unless an object opts out.
CFLAGS_GCOV := -fprofile-arcs -ftest-coverage
ifdef CONFIG_CC_IS_GCC
CFLAGS_GCOV += -fno-tree-loop-im
endif
export CFLAGS_GCOV
ifdef CONFIG_KASAN
CFLAGS_KASAN := -fsanitize=kernel-address
CFLAGS_KASAN_NOSANITIZE := -fno-builtin
export CFLAGS_KASAN CFLAGS_KASAN_NOSANITIZE
endif
ifdef CONFIG_UBSAN
CFLAGS_UBSAN := -fsanitize=bounds
export CFLAGS_UBSAN
endif
ifdef CONFIG_KCOV
CFLAGS_KCOV := -fsanitize-coverage=trace-pc
export CFLAGS_KCOV
endif
ifdef CONFIG_KCSAN
CFLAGS_KCSAN := -fsanitize=thread
export CFLAGS_KCSAN
endif
ifdef CONFIG_KMSAN
CFLAGS_KMSAN := -fsanitize=kernel-memory
export CFLAGS_KMSAN
endif

# Strip the source tree prefix from __FILE__.
KBUILD_CPPFLAGS += -fmacro-prefix-map=$(srctree)/=

# ==========================================================================
# Warnings (scripts/Makefile.extrawarn), default W= level

ifdef CONFIG_WERROR
KBUILD_CPPFLAGS += -Werror
endif

KBUILD_CFLAGS += -Wall -Wextra -Wundef
KBUILD_CFLAGS += -Werror=implicit-function-declaration -Werror=implicit-int
KBUILD_CFLAGS += -Werror=return-type -Werror=strict-prototypes
KBUILD_CFLAGS += -Wno-format-security -Wno-trigraphs
KBUILD_CFLAGS += -Wno-frame-address -Wno-address-of-packed-member
KBUILD_CFLAGS += -Wmissing-declarations -Wmissing-prototypes

ifneq ($(CONFIG_FRAME_WARN),)
ifneq ($(CONFIG_FRAME_WARN),0)
KBUILD_CFLAGS += -Wframe-larger-than=$(CONFIG_FRAME_WARN)
endif
endif

ifdef CONFIG_CC_IS_CLANG
KBUILD_CFLAGS += -Wno-gnu
else
KBUILD_CFLAGS += -Wno-main
endif

ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -Wno-dangling-pointer
endif
KBUILD_CFLAGS += -Wvla -Wno-pointer-sign -Wcast-function-type

ifdef CONFIG_CC_NO_ARRAY_BOUNDS
KBUILD_CFLAGS += -Wno-array-bounds
endif
ifdef CONFIG_CC_NO_STRINGOP_OVERFLOW
KBUILD_CFLAGS += -Wno-stringop-overflow
endif
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -Wno-alloc-size-larger-than
endif
# A string option: auto.conf holds it without the quotes of .config.
KBUILD_CFLAGS += $(CONFIG_CC_IMPLICIT_FALLTHROUGH)

KBUILD_CFLAGS += -Werror=date-time
KBUILD_CFLAGS += -Werror=incompatible-pointer-types
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -Werror=designated-init
endif
KBUILD_CFLAGS += -Wenum-conversion
KBUILD_CFLAGS += -Wunused

# Without W=1/2/3 a few noisy warnings are switched off.
ifeq ($(findstring 1,$(KBUILD_EXTRA_WARN)),)
KBUILD_CFLAGS += -Wno-unused-but-set-variable -Wno-unused-const-variable
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -Wno-packed-not-aligned -Wno-format-overflow
KBUILD_CFLAGS += -Wno-format-truncation -Wno-stringop-truncation
endif
KBUILD_CFLAGS += -Wno-override-init
ifdef CONFIG_CC_IS_CLANG
# Clang before 16 has a coarser -Wformat: keep only the useful parts.
ifneq ($(kflags-clang-before-16),)
KBUILD_CFLAGS += -Wno-format -Wformat-extra-args -Wformat-invalid-specifier
KBUILD_CFLAGS += -Wformat-zero-length -Wnonnull -Wformat-insufficient-args
endif
KBUILD_CFLAGS += -Wno-pointer-to-enum-cast
KBUILD_CFLAGS += -Wno-tautological-constant-out-of-range-compare
KBUILD_CFLAGS += -Wno-unaligned-access
KBUILD_CFLAGS += -Wno-enum-compare-conditional
endif
endif
ifeq ($(findstring 2,$(KBUILD_EXTRA_WARN)),)
KBUILD_CFLAGS += -Wno-missing-field-initializers -Wno-type-limits
KBUILD_CFLAGS += -Wno-shift-negative-value
ifdef CONFIG_CC_IS_CLANG
KBUILD_CFLAGS += -Wno-enum-enum-conversion
endif
ifdef CONFIG_CC_IS_GCC
KBUILD_CFLAGS += -Wno-maybe-uninitialized
endif
endif
ifeq ($(findstring 3,$(KBUILD_EXTRA_WARN)),)
KBUILD_CFLAGS += -Wno-sign-compare -Wno-unused-parameter
endif

# ==========================================================================
# Debug information (scripts/Makefile.debug)

ifdef CONFIG_DEBUG_INFO
kflags-debug-y := -g
kflags-debug-$(CONFIG_DEBUG_INFO_DWARF4) += -gdwarf-4
kflags-debug-$(CONFIG_DEBUG_INFO_DWARF5) += -gdwarf-5
# Clang with the GNU assembler needs the flags passed through -Wa, too.
ifeq ($(CONFIG_CC_IS_CLANG)$(CONFIG_AS_IS_GNU),yy)
KBUILD_AFLAGS += $(addprefix -Wa$(comma),$(kflags-debug-y))
endif
DEBUG_CFLAGS := $(kflags-debug-y)
KBUILD_AFLAGS += $(kflags-debug-y)
KBUILD_CFLAGS += $(DEBUG_CFLAGS)
export DEBUG_CFLAGS
endif

# ==========================================================================
# User additions come last, so they can override anything above.  A profile
# may preset KCFLAGS with ?=; a KCFLAGS given on the command line (or in the
# environment) still wins.

KBUILD_CPPFLAGS += $(KCPPFLAGS)
KBUILD_AFLAGS   += $(KAFLAGS)
KBUILD_CFLAGS   += $(KCFLAGS)
