# A debian/rules of the Debian Qt/KDE team (pkg-kde-tools' debian-qt-kde.mk
# 3): dhmk.mk's dh emulation ($(foreach)-generated $(eval)s, static pattern
# rules under .SECONDEXPANSION, target-specific exports), the team's policy
# and list-missing. debian/dhmk_rules.mk and debian/dhmk_env.mk are what
# dhmk.pl and dpkg-buildflags wrote for kde-package/ (kept in the files, so
# that make does not remake them).
libpkgs_addsubst_allLibraries = kflags-sample
libpkgs_gen_strict_local_shlibs = libkflags1
dh += --with=pkgkde_symbolshelper

include /usr/share/pkg-kde-tools/qt-kde-team/3/debian-qt-kde.mk
include /usr/share/pkg-kde-tools/qt-kde-team/3/library-packages.mk

$(call set_command_options,dh_strip, += --dbgsym-migration='libkflags-dbg (<< 1.2-1~)')

override_dh_auto_configure:
	$(overridden_command) -- -DBUILD_TESTING=OFF
