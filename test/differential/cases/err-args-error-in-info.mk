$(info $(error nested error))
