undefine MAKE_VERSION
$(info [$(MAKE_VERSION)] $(origin MAKE_VERSION))
undefine .FEATURES
$(info [$(.FEATURES)] $(origin .FEATURES))
