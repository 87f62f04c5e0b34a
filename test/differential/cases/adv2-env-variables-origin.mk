# env: .VARIABLES=bogus
$(info $(origin .VARIABLES))
