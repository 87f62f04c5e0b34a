	A := 1
$(info [$(A)])
