# A GNUstep tool's GNUmakefile (gnustep-make's documented layout): common.make,
# the instance's variables, tool.make. Read as the master invocation, or, with
# GNUSTEP_TYPE=tool GNUSTEP_INSTANCE=hello on the command line, as the instance
# invocation that Master/rules.make's %.variables rule runs.
ifeq ($(GNUSTEP_MAKEFILES),)
  GNUSTEP_MAKEFILES := $(shell gnustep-config --variable=GNUSTEP_MAKEFILES 2>/dev/null)
endif

include $(GNUSTEP_MAKEFILES)/common.make

PACKAGE_NAME = hello
VERSION = 1.0.2
TOOL_NAME = hello greet
hello_OBJC_FILES = main.m Greeter.m
hello_C_FILES = util.c
hello_HEADER_FILES = Greeter.h
hello_RESOURCE_FILES = hello.plist
hello_OBJCFLAGS = -Wall -DHELLO=1
hello_TOOL_LIBS = -lm
greet_OBJC_FILES = greet.m
greet_CPPFLAGS = -DGREET

ADDITIONAL_OBJCFLAGS += -Wno-import
ADDITIONAL_INCLUDE_DIRS += -Iinclude

-include GNUmakefile.preamble
include $(GNUSTEP_MAKEFILES)/tool.make
-include GNUmakefile.postamble
