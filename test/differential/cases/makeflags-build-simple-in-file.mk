# target: t
# print: MAKEFLAGS MFLAGS FL
# A simple MAKEFLAGS from the makefile is redefined (recursive) after reading; its switches decoded.
MAKEFLAGS := s
FL = $(flavor MAKEFLAGS) $(origin MAKEFLAGS)
$(info [$(MAKEFLAGS)] $(FL))
