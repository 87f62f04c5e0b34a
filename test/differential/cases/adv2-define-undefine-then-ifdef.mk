define D
x
endef
undefine D
ifdef D
$(info still)
else
$(info gone $(origin D))
endif
