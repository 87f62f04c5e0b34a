# env: MAKEFLAGS=e X=env Y=env Z=env U=env
# -e: the environment overrides the makefile (an environment variable becomes
# an "environment override" when something tries to redefine it).
$(info [$(origin X)] [$(origin MAKEFLAGS)] [$(origin MFLAGS)] [$(origin MAKELEVEL)] [$(origin GNUMAKEFLAGS)])
X := file
Y += more
Z ?= file
undefine U
override O := o
$(info [$(X)] [$(origin X)] [$(Y)] [$(origin Y)] [$(Z)] [$(origin Z)] [$(U)] [$(origin U)] [$(MAKEFLAGS)])
