define X
   
endef
ifdef X
$(info defined [$(X)])
endif
