# args: .VARIABLES=bogus
$(info $(origin .VARIABLES))
