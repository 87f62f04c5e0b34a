# cdbs' language classes in one debian/rules: cmake, perl-makemaker,
# python-distutils (python3 flavours through py3versions), qmake, scons, waf.
DEB_PYTHON3_MODULE_PACKAGES = kflags-sample
DEB_CMAKE_EXTRA_FLAGS = -DENABLE_SAMPLE=ON
DEB_PERL_CONFIGURE_ARGS = INSTALLDIRS=vendor

include /usr/share/cdbs/1/rules/debhelper.mk
include /usr/share/cdbs/1/class/cmake.mk
include /usr/share/cdbs/1/class/perl-makemaker.mk
include /usr/share/cdbs/1/class/python-distutils.mk
include /usr/share/cdbs/1/class/qmake.mk
include /usr/share/cdbs/1/class/scons.mk
