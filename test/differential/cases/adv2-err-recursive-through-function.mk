A = $(subst x,y,$(A))
$(info $(A))
