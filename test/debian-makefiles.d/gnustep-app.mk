# A GNUstep application, a bundle and a framework in one GNUmakefile
# (application.make, bundle.make, framework.make, aggregate.make).
ifeq ($(GNUSTEP_MAKEFILES),)
  GNUSTEP_MAKEFILES := $(shell gnustep-config --variable=GNUSTEP_MAKEFILES 2>/dev/null)
endif

include $(GNUSTEP_MAKEFILES)/common.make

APP_NAME = Viewer
Viewer_OBJC_FILES = main.m AppController.m
Viewer_MAIN_MODEL_FILE = Viewer.gorm
Viewer_RESOURCE_FILES = Viewer.gorm Images/icon.png
Viewer_LOCALIZED_RESOURCE_FILES = Localizable.strings
Viewer_LANGUAGES = English French
Viewer_APPLICATION_ICON = icon.png

BUNDLE_NAME = Plugin
Plugin_OBJC_FILES = Plugin.m
Plugin_PRINCIPAL_CLASS = Plugin
BUNDLE_EXTENSION = .viewerplugin

FRAMEWORK_NAME = ViewerKit
ViewerKit_OBJC_FILES = Kit.m
ViewerKit_HEADER_FILES = Kit.h
ViewerKit_CURRENT_VERSION_NAME = 1

SUBPROJECTS = Tools

include $(GNUSTEP_MAKEFILES)/aggregate.make
include $(GNUSTEP_MAKEFILES)/framework.make
include $(GNUSTEP_MAKEFILES)/bundle.make
include $(GNUSTEP_MAKEFILES)/application.make
