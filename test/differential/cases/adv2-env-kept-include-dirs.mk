# env: .INCLUDE_DIRS=bogus
$(info [$(filter bogus,$(.INCLUDE_DIRS))] $(origin .INCLUDE_DIRS))
