X := 1
define Y
$(warning in-define-body)
endef
Z := $(Y)
$(info reached end)
