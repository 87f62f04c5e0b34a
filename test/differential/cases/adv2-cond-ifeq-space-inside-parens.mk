ifeq ( a , a )
$(info spaced-eq)
endif
ifeq ( a b , a b )
$(info spaced2-eq)
endif
ifeq (a ,a)
$(info trail-eq)
endif
ifeq (a, a)
$(info lead-eq)
endif
