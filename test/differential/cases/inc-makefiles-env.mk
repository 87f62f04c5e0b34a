# print: FROM_ENV_MK A
# env: MAKEFILES=inc-makefiles-env.d/pre.mk
A := $(words $(MAKEFILE_LIST))
