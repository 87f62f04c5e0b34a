E :=
S := $(E) $(E)
ifdef S
$(info S defined [$(S)])
endif
