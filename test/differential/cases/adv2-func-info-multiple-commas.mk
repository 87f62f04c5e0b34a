$(info a,b,,c)
$(info  leading space)
$(info)
$(info   )
