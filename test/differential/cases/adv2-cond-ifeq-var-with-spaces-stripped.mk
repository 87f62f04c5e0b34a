E :=
A := $(E)  x  $(E)
ifeq ($(A),x)
$(info stripped-eq)
else
$(info ne [$(A)])
endif
