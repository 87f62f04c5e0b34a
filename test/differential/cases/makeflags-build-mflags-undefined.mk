# target: t
# print: MFLAGS FL
undefine MFLAGS
FL = $(flavor MFLAGS) $(origin MFLAGS)
