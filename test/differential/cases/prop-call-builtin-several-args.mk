$(call info,a,b,c)
$(call warning,x, y)
$(call error,e1,e2)
