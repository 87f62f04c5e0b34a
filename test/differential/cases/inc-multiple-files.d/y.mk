Y := y after $(X)
