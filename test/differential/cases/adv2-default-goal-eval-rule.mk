# print: .DEFAULT_GOAL
$(eval from-eval: ; @:)
later:
