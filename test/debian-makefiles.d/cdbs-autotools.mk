# A debian/rules of the cdbs kind (cdbs' documented layout): debhelper.mk,
# autotools.mk, quilt patches, per-package variables. The scratch directory
# holds cdbs.d/ (debian/control with arch, indep, -dbg and udeb packages).
DEB_AUTO_UPDATE_LIBTOOL = pre
DEB_AUTO_UPDATE_AUTOCONF = 2.69
DEB_BUILDDIR = build-tree
DEB_CONFIGURE_EXTRA_FLAGS = --enable-sample --with-kflags=$(DEB_HOST_MULTIARCH)
DEB_MAKE_CHECK_TARGET = check
DEB_DH_INSTALL_ARGS_kflags-sample = --list-missing
DEB_DH_STRIP_ARGS_ALL = --keep-debug
DEB_INSTALL_DOCS_ALL += NEWS
DEB_INSTALL_CHANGELOGS_kflags-sample-doc = ChangeLog.old
DEB_SHLIBDEPS_INCLUDE_libkflags1 = debian/libkflags1/usr/lib
CFLAGS_APPEND = -Wextra

include /usr/share/cdbs/1/rules/debhelper.mk
include /usr/share/cdbs/1/class/autotools.mk
include /usr/share/cdbs/1/rules/patchsys-quilt.mk
include /usr/share/cdbs/1/rules/utils.mk

CDBS_DEPENDS_ALL = foo (>= 1.0)
CDBS_RECOMMENDS_kflags-sample = bar

clean::
	rm -f build-stamp
