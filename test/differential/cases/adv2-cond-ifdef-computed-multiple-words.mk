N := A B
A := 1
ifdef $(N)
$(info yes)
else
$(info no)
endif
