ifeq (a,a) # comment (x,y)
$(info one)
else # c
$(info two)
endif # c
ifdef X # c
$(info three)
else#c
$(info four)
endif#c
