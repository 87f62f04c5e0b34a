ifeq	(a,a)
$(info tab-eq)
endif
ifneq		"a"	"b"
$(info tab-ne)
endif
