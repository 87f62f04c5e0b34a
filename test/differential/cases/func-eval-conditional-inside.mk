# print: R
define body
ifdef FOO
R := foo-set
else
R := foo-unset
endif
endef
$(eval $(body))
FOO := 1
$(eval $(body))
