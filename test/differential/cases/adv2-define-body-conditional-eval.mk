# print: R
X := yes
define BODY
ifeq ($(X),yes)
R := took-if
else
R := took-else
endif
endef
$(eval $(BODY))
