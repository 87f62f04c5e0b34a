$(UNDEF): a
ifdef X
endif
	B := 2
$(info [$(B)])
