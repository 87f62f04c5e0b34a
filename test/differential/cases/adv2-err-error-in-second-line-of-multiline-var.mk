define D
$(info line1)
$(error boom)
endef
X := $(D)
