# print: V
define D
a $(X)
	b $$y
endef
V := $(value D)
