# A GNUstep library with a subproject and an aggregate of documentation
# (library.make, documentation.make); with GNUSTEP_TYPE=library
# GNUSTEP_INSTANCE=libGreeter on the command line, the instance invocation.
ifeq ($(GNUSTEP_MAKEFILES),)
  GNUSTEP_MAKEFILES := $(shell gnustep-config --variable=GNUSTEP_MAKEFILES 2>/dev/null)
endif

include $(GNUSTEP_MAKEFILES)/common.make

PACKAGE_NAME = Greeter
VERSION = 2.3.1
LIBRARY_NAME = libGreeter
libGreeter_OBJC_FILES = Greeter.m Formatter.m
libGreeter_HEADER_FILES = Greeter.h Formatter.h
libGreeter_HEADER_FILES_INSTALL_DIR = Greeter
libGreeter_SUBPROJECTS = Parsing
libGreeter_LIBRARIES_DEPEND_UPON = -lgnustep-base $(FND_LIBS)
libGreeter_INTERFACE_VERSION = 2

DOCUMENT_NAME = GreeterManual
GreeterManual_TEXI_FILES = manual.texi

include $(GNUSTEP_MAKEFILES)/library.make
include $(GNUSTEP_MAKEFILES)/documentation.make
