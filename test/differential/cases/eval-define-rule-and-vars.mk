# print: V
# target: prog
define PROGRAM_template
$(1): $$($(1)_OBJS)
$(1): V = objs=$$^
ALL_OBJS += $$($(1)_OBJS)
endef
prog_OBJS := prog.o util.o
prog.o util.o:
$(foreach p,prog,$(eval $(call PROGRAM_template,$(p))))
