# args: .DEFAULT_GOAL=bogus
$(info [$(filter bogus,$(.DEFAULT_GOAL))] $(origin .DEFAULT_GOAL))
