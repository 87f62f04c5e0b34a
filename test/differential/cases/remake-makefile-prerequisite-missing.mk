# make tries to remake every makefile it read: this one depends on a file
# made from a template that is neither a file nor a target, so make stops
# there, after reading, before any recipe runs (a Python installation's
# config/Makefile depends on Makefile.pre, made from Makefile.pre.in so).
# print: A
A = read before the remaking
remake-makefile-prerequisite-missing.mk: generated-part.pre
generated-part.pre: remake-makefile-prerequisite-missing.d/present.txt no-such-template.in
	cat $^ > $@
