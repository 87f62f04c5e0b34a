$(eval t2: ; @:)
	B := 2
$(info [$(B)])
