# One corner of make's append matrix: -e with an environment value, a
# command-line ':=' then '+=', a pattern-specific init, global and target
# appends with and without override.
# print: hello
# target: phobos
# args: hello:=cmd hello+=cmd2
# env: hello=env MAKEFLAGS=e
moon: hello=1
moon: override hello+=2
phobo%: hello:=file
hello+=red
phobo%: override hello+=blue
phobo%: hello+=yellow
satur%: override hello:=3
satur%: hello+=4
$(info $(hello))
phobos:
