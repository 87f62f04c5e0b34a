ifeq (a,b)
X := 1 \
define Y
endif
$(info reached end)
