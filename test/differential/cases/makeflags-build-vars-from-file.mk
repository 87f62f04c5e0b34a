# args: A=1
# target: t
# print: B C ORIGINS MAKEFLAGS MAKEOVERRIDES
# NAME=VALUE words the makefile puts after -- in MAKEFLAGS are command-line variables after reading.
MAKEFLAGS += -- B=2 C:=3
B = file
ORIGINS = $(origin B) $(flavor B) $(origin C) $(flavor C)
$(info [$(B)] [$(origin B)])
