# target: t
# print: MAKEFLAGS MFLAGS RAW
# Without command-line variables there is no ` -- `.
RAW = $(value MAKEFLAGS)
