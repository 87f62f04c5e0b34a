# env: .FEATURES=bogus
$(info [$(filter bogus,$(.FEATURES))] $(origin .FEATURES))
