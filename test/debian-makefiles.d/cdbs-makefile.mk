# cdbs' makefile class without debhelper (list-packages instead of
# dh_listpackages), simple-patchsys and the tarball rules.
DEB_MAKE_BUILD_TARGET = all
DEB_MAKE_INSTALL_TARGET = install DESTDIR=$(DEB_DESTDIR)
DEB_MAKE_CLEAN_TARGET = distclean
DEB_MAKE_ENVVAR = LC_ALL=C
DEB_MAKE_EXTRA_ARGS = V=1
DEB_BUILD_PARALLEL = yes
DEB_TAR_SRCDIR = sample-1.2

include /usr/share/cdbs/1/rules/buildcore.mk
include /usr/share/cdbs/1/class/makefile.mk
include /usr/share/cdbs/1/rules/simple-patchsys.mk
include /usr/share/cdbs/1/rules/tarball.mk
