# `define` ends at a form feed (parse_var_assignment(): end_of_token()).
definefoo
a
endef
overridedefine bar
b
endef
exportoverridebaz = 3
$(info [$(foo)] [$(bar)] $(origin bar) [$(baz)] $(origin baz))