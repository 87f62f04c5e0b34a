# print: A B C D
A := $(dir src/foo.c hacks)
B := $(notdir src/foo.c hacks)
C := $(dir /a/b/ /c ./d)
D := [$(notdir a/b/ /)]
