A := 1
define X
define Y
endef
