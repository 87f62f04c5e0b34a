define \
A :=
$(warning in body)
endef x
$(warning after)
