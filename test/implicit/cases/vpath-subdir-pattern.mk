# goal: t
# files: include/sub/x.h inc2/y.h
# vpath %.h: a prerequisite with a directory is looked for under each
# directory whole (include/sub/x.h); several directories in one directive.
vpath %.h include:inc2
t: sub/x.h y.h
	@:$(info [$^])
