E =
X = $(E)
ifndef X
$(info undef)
else
$(info def)
endif
ifndef E
$(info E undef)
endif
