# cdbs' internal functions (buildvars.mk) called as its classes call them,
# with our arguments: computed variable names ($(origin), _ALL/_DEFAULT/
# per-package), branch expansion, find arguments, string equality.
include /usr/share/cdbs/1/rules/buildcore.mk

DEB_DH_FOO_ARGS_ALL = --all
DEB_DH_FOO_ARGS_kflags-sample = --for-sample
DEB_DH_FOO_ARGS_DEFAULT = --default
DEB_DH_BAR_ARGS_libkflags1 =

foo_for_sample := $(foreach pkg,$(DEB_ALL_PACKAGES),$(pkg):[$(call cdbs_expand_curvar,DEB_DH_FOO_ARGS)])
foo_all := $(call cdbs_expand_allvars,DEB_DH_FOO_ARGS DEB_DH_BAR_ARGS)
branches := $(call cdbs_expand_branches,kflags-sample libkflags1,py3 py3dbg,$(comma),|)
branches_main := $(call cdbs_expand_branches,kflags-sample libkflags1,,$(space),|,main)
findargs := $(call cdbs_findargs-path-or-name,config.guess ./build/config.sub */aux/ltmain.sh)
same := $(call cdbs_streq,abc,abc)-$(call cdbs_streq,abc,abd)-$(call cdbs_streq,,)
delimited := $(call cdbs_delimit,  a  b   c ,$(comma))
upper := $(call cdbs_uc,kflags-sample)
expanded := $(call cdbs_expand_curvar,DEB_DH_FOO_ARGS,|)
noepoch := $(DEB_NOEPOCH_VERSION) $(DEB_ISNATIVE)
