# print: G
include inc-glob.d/*.mk
