$(UNDEF): a
A := 1
	B := 2
$(info [$(B)])
