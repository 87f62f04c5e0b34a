# What dh-lua's Makefile.multiple runs for each debian/*dh-lua.conf:
# Makefile.single with CONFIGURATION_FILE= (given on the command line by the
# list); the configuration is a makefile of the package (lua-package/).
include /usr/share/dh-lua/make/dh-lua.Makefile.single
