$(info [$(call origin)] [$(call words)] [$(call flavor)])
$(call info)
$(info end)
