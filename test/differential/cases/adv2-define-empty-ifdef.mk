define E
endef
ifdef E
$(info defined)
else
$(info not defined $(flavor E) $(origin E))
endif
