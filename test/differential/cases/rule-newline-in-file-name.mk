# A newline that a multi-line variable puts into a rule line belongs to the
# file name it is in (make splits names at blanks only, and skips other
# whitespace only before a name).
# target: last
# print: ^ words
define NL


endef
words = $(words $^)
first$(NL)second other: ; @:
$(info [$(.DEFAULT_GOAL)])
$(NL)leading x$(NL)y:
last: x$(NL)y leading
