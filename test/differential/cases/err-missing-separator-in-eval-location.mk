X := 1
Y := 2
$(eval $(X) $(Y))
