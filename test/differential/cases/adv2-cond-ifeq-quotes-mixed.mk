ifeq "a" 'a'
$(info mixed-eq)
endif
ifeq 'a b' "a b"
$(info mixed-eq2)
endif
