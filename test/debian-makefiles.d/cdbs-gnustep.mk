# cdbs' GNUstep rules: $(eval $(call ...)) of per-component defaults
# (DEB_GS_LCNAME_<Component> through $(shell tr)), gnustep-make's Debian config.
DEB_GS_APPLICATIONS = Viewer Editor
DEB_GS_FRAMEWORKS = ViewerKit
DEB_GS_LIBRARIES = Greeter
DEB_GS_INTERFACE_VERSION_Greeter = 2
DEB_GS_LIBPKG_NAME_ViewerKit = libviewerkit1
DEB_GS_AUTO_DH_INSTALL = yes

include /usr/share/cdbs/1/rules/gnustep.mk
