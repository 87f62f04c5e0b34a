# env: MAKEFLAGS=--warn-undefined-variables
# --warn-undefined-variables: every reference to an undefined variable, at the line read.
A = $(B) $(C:.c=.o)
X := $(A)
ifdef NOPE
endif
$(info [$(MAKEFLAGS)] [$(X)] [$(origin NOPE)] [$(value NOPE2)] [$(flavor NOPE3)])
D =
$(info [$(D)] [$(D:a=b)])
$(eval E := $$(UNDEF_IN_EVAL))
all: $(UNDEF_PREREQ)
