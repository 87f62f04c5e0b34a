undefine MAKEFILE_LIST
-include adv2-nonexistent.mk
$(info [$(MAKEFILE_LIST)] $(origin MAKEFILE_LIST))
