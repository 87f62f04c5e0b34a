# env: .LIBPATTERNS=bogus
$(info [$(filter bogus,$(.LIBPATTERNS))] $(origin .LIBPATTERNS))
