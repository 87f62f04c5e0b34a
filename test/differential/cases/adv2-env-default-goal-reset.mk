# env: .DEFAULT_GOAL=bogus
$(info [$(.DEFAULT_GOAL)] $(origin .DEFAULT_GOAL))
