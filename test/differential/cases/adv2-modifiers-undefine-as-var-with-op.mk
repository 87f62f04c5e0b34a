undefine = u
$(info [$(undefine)])
